package io.videogen.presentation.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The tools {@code tools/list} announces, read once from {@code mcp/tools.json}: a tool's
 * description and schemas are data a reviewer reads in one place, not strings spread over code.
 * Each schema is sent whole, so the file's shared definitions are put in place of their references.
 */
final class ToolCatalog {

    private static final String REFERENCE = "#/definitions/";

    private final ArrayNode tools;

    ToolCatalog(ObjectMapper json) {
        try (InputStream in = ToolCatalog.class.getResourceAsStream("/mcp/tools.json")) {
            JsonNode file = json.readTree(in);
            JsonNode definitions = file.path("definitions");
            this.tools = (ArrayNode) inline(file.path("tools").deepCopy(), definitions);
        } catch (IOException e) {
            throw new UncheckedIOException("mcp/tools.json cannot be read", e);
        }
    }

    /** The {@code tools} member of a {@code tools/list} result. */
    ArrayNode all() {
        return tools.deepCopy();
    }

    Optional<JsonNode> named(String name) {
        for (JsonNode tool : tools) {
            if (tool.path("name").asText().equals(name)) {
                return Optional.of(tool);
            }
        }
        return Optional.empty();
    }

    private static JsonNode inline(JsonNode node, JsonNode definitions) {
        if (node.isObject()) {
            JsonNode reference = node.get("$ref");
            if (reference != null && reference.asText().startsWith(REFERENCE)) {
                return inline(definitions.path(reference.asText().substring(REFERENCE.length())).deepCopy(),
                        definitions);
            }
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                field.setValue(inline(field.getValue(), definitions));
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, inline(array.get(i), definitions));
            }
        }
        return node;
    }
}
