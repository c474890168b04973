package io.videogen.presentation.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.Caller;
import io.videogen.presentation.problem.ProblemDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The JSON-RPC 2.0 surface of MCP that the server needs: initialize, ping, tools/list and
 * tools/call answered; notifications and responses accepted without an answer. A tool that fails
 * is a successful call with {@code isError} and the REST API's problem document, so the agent reads
 * the same code and detail a REST client would; JSON-RPC errors are for malformed messages.
 */
@ApplicationScoped
public class McpMessages {

    static final String PROTOCOL_VERSION_HEADER = "MCP-Protocol-Version";
    /** Newest first: a client asking for another gets the newest, and decides whether it can go on. */
    static final List<String> SUPPORTED_VERSIONS = List.of("2025-11-25", "2025-06-18", "2025-03-26");
    static final int INVALID_REQUEST = -32600;
    static final int METHOD_NOT_FOUND = -32601;
    static final int INVALID_PARAMS = -32602;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Who is asking, from where, and the address results' URLs start with. */
    record Exchange(Caller caller, URI base, String clientAddress, String requestId) {
    }

    private final AgentTools tools;
    private final ObjectMapper json;

    public McpMessages(AgentTools tools, ObjectMapper json) {
        this.tools = tools;
        this.json = json;
    }

    /** The response to send, or nothing for a notification or a response. */
    Uni<Optional<ObjectNode>> handle(JsonNode message, Exchange exchange) {
        if (message == null || !message.isObject() || !"2.0".equals(message.path("jsonrpc").asText())) {
            return answer(error(NODES.nullNode(), INVALID_REQUEST, "send one JSON-RPC 2.0 object with "
                    + "\"jsonrpc\": \"2.0\" (batches are not part of this protocol version)"));
        }
        JsonNode id = message.get("id");
        JsonNode method = message.get("method");
        if (id == null || method == null) {
            return Uni.createFrom().item(Optional.empty()); // notifications/initialized, cancellations, responses
        }
        JsonNode params = message.path("params");
        return switch (method.asText()) {
            case "initialize" -> answer(result(id, initialize(params)));
            case "ping" -> answer(result(id, NODES.objectNode()));
            case "tools/list" -> answer(result(id, NODES.objectNode().set("tools", tools.list())));
            case "tools/call" -> callTool(id, params, exchange);
            default -> answer(error(id, METHOD_NOT_FOUND, "method " + method.asText() + " is not offered; this "
                    + "server has initialize, ping, tools/list and tools/call"));
        };
    }

    private ObjectNode initialize(JsonNode params) {
        String asked = params.path("protocolVersion").asText("");
        ObjectNode result = NODES.objectNode();
        result.put("protocolVersion", SUPPORTED_VERSIONS.contains(asked) ? asked : SUPPORTED_VERSIONS.get(0));
        result.putObject("capabilities").putObject("tools").put("listChanged", false);
        result.putObject("serverInfo").put("name", "videogen").put("title", "videogen video generation")
                .put("version", "1.0");
        result.put("instructions", "Make narrated, captioned videos: draft_script writes scenes from a topic, "
                + "create_video queues a render and answers its id, get_video reports its status until it is "
                + "completed and gives the download URLs (fetch them with the same bearer token).");
        return result;
    }

    private Uni<Optional<ObjectNode>> callTool(JsonNode id, JsonNode params, Exchange exchange) {
        String name = params.path("name").asText("");
        if (!tools.exists(name)) {
            return answer(error(id, INVALID_PARAMS, "unknown tool '" + name + "'; tools/list names the tools"));
        }
        JsonNode arguments = params.path("arguments");
        if (!arguments.isMissingNode() && !arguments.isNull() && !arguments.isObject()) {
            return answer(error(id, INVALID_PARAMS, "arguments must be an object"));
        }
        JsonNode given = arguments.isObject() ? arguments : NODES.objectNode();
        return Uni.createFrom().deferred(() -> tools.call(name, exchange.caller(), given, exchange.base(),
                        exchange.clientAddress()))
                .map(value -> toolResult(value, false))
                .onFailure().recoverWithItem(failure -> toolResult(
                        ProblemDocuments.of(failure, name, exchange.requestId()), true))
                .map(result -> Optional.of(result(id, result)));
    }

    /** The structured value, and the same as text for clients that read only content. */
    private ObjectNode toolResult(Object value, boolean error) {
        JsonNode structured = json.valueToTree(value);
        ObjectNode result = NODES.objectNode();
        result.putArray("content").addObject().put("type", "text").put("text", structured.toString());
        result.set("structuredContent", structured);
        result.put("isError", error);
        return result;
    }

    private static ObjectNode result(JsonNode id, JsonNode result) {
        ObjectNode response = NODES.objectNode().put("jsonrpc", "2.0");
        response.set("id", id);
        response.set("result", result);
        return response;
    }

    static ObjectNode error(JsonNode id, int code, String message) {
        ObjectNode response = NODES.objectNode().put("jsonrpc", "2.0");
        response.set("id", id);
        response.putObject("error").put("code", code).put("message", message);
        return response;
    }

    private static Uni<Optional<ObjectNode>> answer(ObjectNode response) {
        return Uni.createFrom().item(Optional.of(response));
    }
}
