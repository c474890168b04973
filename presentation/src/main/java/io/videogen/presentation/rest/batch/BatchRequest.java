package io.videogen.presentation.rest.batch;

import io.videogen.presentation.rest.video.CreateVideoRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/v1/batches} as JSON: a spec whose texts use {{variables}}, and a row of values per video. */
@Schema(name = "BatchRequest")
public record BatchRequest(
        @Schema(description = "The body of POST /api/v1/videos; its texts use {{variable}} placeholders")
        @Valid @NotNull(message = "give the spec: a POST /api/v1/videos body whose texts use {{variables}}")
        CreateVideoRequest spec,
        @Schema(description = "One object of variable values per video; rows count from 0")
        @NotNull(message = "give rows: one object of variable values per video") List<Map<String, String>> rows,
        @Schema(description = "Called with batch.completed when every video has ended")
        @Size(max = 2000, message = "callbackUrl must have at most 2000 characters") String callbackUrl) {
}
