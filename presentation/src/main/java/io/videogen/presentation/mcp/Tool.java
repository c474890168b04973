package io.videogen.presentation.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.Caller;
import java.net.URI;

/** One tool of the MCP server: reads its arguments, calls the use case, answers the structured result. */
@FunctionalInterface
interface Tool {

    /** @param base the service's address, to make the result's URLs absolute */
    Uni<Object> call(Caller caller, JsonNode arguments, URI base);
}
