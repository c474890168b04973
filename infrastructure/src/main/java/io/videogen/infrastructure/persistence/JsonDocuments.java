package io.videogen.infrastructure.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.json.JsonObject;

/**
 * Writes and reads the jsonb documents. A mapper of our own, not the application's, so that a
 * change to REST serialisation settings can never change what is stored.
 */
final class JsonDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            // a newer release may add fields; an older one reading them must not fail
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private JsonDocuments() {
    }

    /** Hibernate Reactive binds a Vert.x JsonObject straight to a jsonb column. */
    static JsonObject write(Object document) {
        if (document == null) {
            return null;
        }
        try {
            return new JsonObject(MAPPER.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + document.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(JsonObject json, Class<T> type) {
        return json == null ? null : read(json.encode(), type);
    }

    /** A document read as text ({@code cast(column as text)}): parsed once, straight into its type. */
    static <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
