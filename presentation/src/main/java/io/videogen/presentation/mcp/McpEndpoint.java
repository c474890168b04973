package io.videogen.presentation.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.videogen.domain.shared.AuthenticationFailedException;
import io.videogen.domain.user.Caller;
import io.videogen.presentation.problem.RequestIds;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.RequestOrigins;
import io.videogen.presentation.security.Roles;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Model Context Protocol server for AI agents, on the Streamable HTTP transport (ADR 0014):
 * each JSON-RPC message is one POST answered with one JSON document. It keeps no session, so any API
 * pod answers any message, and offers no server-sent stream (GET and DELETE answer 405, as the
 * transport allows). The caller is the bearer token's, with the REST API's roles and ownership.
 */
@Path("/mcp")
@Tag(name = "agents")
public class McpEndpoint {

    private final McpMessages messages;
    private final CallerResolver callers;

    public McpEndpoint(McpMessages messages, CallerResolver callers) {
        this.messages = messages;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "Model Context Protocol (Streamable HTTP): one JSON-RPC message",
            description = "Methods initialize, ping, tools/list and tools/call; tools draft_script, create_video, "
                    + "get_video, list_videos, list_voices and list_templates (tools/list gives their JSON schemas). "
                    + "Needs 'Authorization: Bearer <token>' (a cookie does not do); a tool has the roles, ownership "
                    + "and rate limit of the REST call it stands for, and a failed tool call answers isError with "
                    + "that call's problem document. Notifications and responses are accepted with 202.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            description = "A JSON-RPC 2.0 request or notification", example = "{\"jsonrpc\":\"2.0\",\"id\":1,"
                    + "\"method\":\"tools/call\",\"params\":{\"name\":\"get_video\",\"arguments\":{\"id\":\"...\"}}}")))
    @APIResponse(responseCode = "200", description = "The JSON-RPC response")
    @APIResponse(responseCode = "202", description = "A notification or response, accepted")
    @APIResponse(responseCode = "400", description = "Not a JSON-RPC message, or an unsupported MCP-Protocol-Version")
    @APIResponse(responseCode = "401", description = "No bearer token")
    public Uni<Response> post(JsonNode message,
                              @HeaderParam(McpMessages.PROTOCOL_VERSION_HEADER) String protocolVersion,
                              @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                              @Context UriInfo uri, @Context ContainerRequestContext request,
                              @Context RoutingContext routing) {
        if (authorization == null) {
            // agents authenticate with a token; a browser's cookie must not let another site drive the tools
            throw new AuthenticationFailedException("send the access token as 'Authorization: Bearer <token>'");
        }
        if (protocolVersion != null && !McpMessages.SUPPORTED_VERSIONS.contains(protocolVersion)) {
            return Uni.createFrom().item(json(400, McpMessages.error(JsonNodeFactory.instance.nullNode(),
                    McpMessages.INVALID_REQUEST, "MCP-Protocol-Version " + protocolVersion + " is not supported; "
                            + "use one of " + McpMessages.SUPPORTED_VERSIONS)));
        }
        Caller caller = callers.current();
        McpMessages.Exchange exchange = new McpMessages.Exchange(caller, uri.getBaseUri(),
                RequestOrigins.of(routing).clientAddress(), RequestIds.of(request));
        return messages.handle(message, exchange).map(answer -> answer
                .map(body -> json(body.has("error") && body.path("id").isNull() ? 400 : 200, body))
                .orElseGet(() -> Response.accepted().build()));
    }

    @GET
    @PermitAll
    @Operation(summary = "No server-sent stream: 405", description = "This server answers every message in its POST.")
    @APIResponse(responseCode = "405", description = "Always")
    public Response stream() {
        return Response.status(405).header(HttpHeaders.ALLOW, "POST").build();
    }

    @DELETE
    @PermitAll
    @Operation(summary = "No session to end: 405", description = "This server keeps no session.")
    @APIResponse(responseCode = "405", description = "Always")
    public Response endSession() {
        return Response.status(405).header(HttpHeaders.ALLOW, "POST").build();
    }

    private static Response json(int status, ObjectNode body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
