package io.videogen.presentation.rest.common;

import io.videogen.domain.shared.PageRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of every list, read in one place. Their rule
 * has one owner, {@link PageRequest}: a page below 0 or a size outside 1 to 100 is a 400
 * {@code VALIDATION_FAILED} naming the parameter and the range to use.
 */
public class Paging {

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Which page, counting from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
            defaultValue = "0"))
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "Items per page, 1 to " + PageRequest.MAX_SIZE, schema = @Schema(type = SchemaType.INTEGER,
            minimum = "1", maximum = "" + PageRequest.MAX_SIZE, defaultValue = "20"))
    int size;

    /** The slice asked for; throws the 400 for a page or size out of range. */
    public PageRequest request() {
        return new PageRequest(page, size);
    }
}
