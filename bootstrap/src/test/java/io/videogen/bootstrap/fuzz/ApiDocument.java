package io.videogen.bootstrap.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The service's own OpenAPI document, read as the operations a client may call. */
final class ApiDocument {

    /** One operation: its method, path template, query parameters and body schema (if it takes a body). */
    record Operation(String method, String path, List<Parameter> query, Optional<String> bodyType,
                     Optional<JsonNode> bodySchema) {

        String name() {
            return method + " " + path;
        }
    }

    record Parameter(String name, JsonNode schema) {
    }

    private final JsonNode document;

    ApiDocument(JsonNode document) {
        this.document = document;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/") && !path.getKey().startsWith("/.well-known/")) {
                continue; // the test JVM's own endpoints (e.g. ones that fail on purpose) are no part of the API
            }
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                operations.add(operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue()));
            }
        }
        return operations;
    }

    private Operation operation(String method, String path, JsonNode spec) {
        List<Parameter> query = new ArrayList<>();
        for (JsonNode parameter : spec.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            if ("query".equals(resolved.path("in").asText())) {
                query.add(new Parameter(resolved.path("name").asText(), resolve(resolved.path("schema"))));
            }
        }
        JsonNode content = spec.path("requestBody").path("content");
        Optional<String> type = Optional.empty();
        Optional<JsonNode> schema = Optional.empty();
        Iterator<String> types = content.fieldNames();
        if (types.hasNext()) {
            String first = types.next();
            type = Optional.of(first);
            schema = Optional.of(content.path(first).path("schema"));
        }
        return new Operation(method, path, query, type, schema);
    }

    /** The schema a {@code $ref} points at, or the node itself. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }
}
