package io.videogen.bootstrap.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A plausible body for a schema of the document: its examples and enumerations where it has them,
 * the ids of the harness's own resources for fields that name one, so that most requests get past
 * the first check and their mutations reach deep into the service.
 */
final class BodySynthesizer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int DEEPEST = 6;
    /** Fields the schema leaves optional that a request still needs (script or scenes, a name, an asset). */
    private static final Set<String> ALWAYS = Set.of("script", "name", "assetId", "email", "password",
            "refreshToken", "roles", "type");

    private final ApiDocument document;
    private final Fixtures fixtures;

    BodySynthesizer(ApiDocument document, Fixtures fixtures) {
        this.document = document;
        this.fixtures = fixtures;
    }

    JsonNode body(JsonNode schema, Random random) {
        return value("", "", schema, random, 0);
    }

    private JsonNode value(String parent, String name, JsonNode given, Random random, int depth) {
        JsonNode schema = document.resolve(given);
        for (String choice : new String[] {"oneOf", "anyOf", "allOf"}) {
            if (schema.has(choice) && schema.get(choice).size() > 0) {
                JsonNode options = schema.get(choice);
                return value(parent, name, options.get(random.nextInt(options.size())), random, depth);
            }
        }
        JsonNode hint = hint(parent, name, random);
        if (hint != null) {
            return hint;
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        if (schema.has("examples") && schema.get("examples").size() > 0 && !schema.get("examples").get(0).isNull()) {
            return schema.get("examples").get(0);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> depth >= DEEPEST ? NODES.objectNode() : object(name, schema, random, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < DEEPEST) {
                    array.add(value(parent, name, schema.path("items"), random, depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(schema.path("minimum").asLong(1));
            case "number" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 0.5);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> "uuid".equals(schema.path("format").asText()) ? NODES.textNode(UUID.randomUUID().toString())
                    : NODES.textNode(name.equals("variables") ? "name" : "Some words " + random.nextInt(1000));
        };
    }

    private ObjectNode object(String name, JsonNode schema, Random random, int depth) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(field -> required.add(field.asText()));
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (property.getKey().equals("scenes") || property.getKey().equals("lockedUntil")) {
                continue; // a video takes script or scenes, not both; a lock without an end is the common case
            }
            // what a request cannot do without, and URLs (for the mutations about URLs), are always there
            if (required.contains(property.getKey()) || ALWAYS.contains(property.getKey())
                    || property.getKey().endsWith("Url") || random.nextInt(10) < 4) {
                object.set(property.getKey(), value(name, property.getKey(), property.getValue(), random, depth + 1));
            }
        }
        if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
            object.put("name", "value");
        }
        return object;
    }

    /** Values the schema cannot tell: who signs in, and which of the harness's resources a field names. */
    private JsonNode hint(String parent, String name, Random random) {
        if (parent.equals("music") && name.equals("assetId")) {
            return NODES.textNode(fixtures.audioAssetId());
        }
        return switch (name) {
            case "email" -> NODES.textNode(random.nextInt(4) == 0 ? fixtures.email()
                    : "fuzz-" + UUID.randomUUID() + "@example.com");
            case "password" -> NODES.textNode(Fixtures.PASSWORD);
            case "refreshToken" -> NODES.textNode(fixtures.refreshToken());
            case "templateId" -> random.nextBoolean() ? NODES.nullNode() : NODES.textNode(fixtures.templateId());
            case "avatarId" -> random.nextBoolean() ? NODES.nullNode() : NODES.textNode(fixtures.avatarId());
            case "assetId" -> NODES.textNode(fixtures.assetId());
            case "resolution" -> NODES.textNode("320x180");
            case "fps" -> NODES.numberNode(15);
            case "aspectRatio" -> NODES.textNode("16:9");
            case "from", "skin" -> NODES.textNode("#1e3c72");
            case "to", "hair" -> NODES.textNode("#2a5298");
            case "font" -> NODES.textNode("DejaVu Sans");
            case "callbackUrl" -> NODES.textNode("https://callbacks.invalid/videogen");
            case "roles" -> NODES.arrayNode().add("creator");
            default -> null;
        };
    }
}
