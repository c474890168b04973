package io.videogen.presentation.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Reads a tool's arguments as the body of the REST call it stands for, with the same binding
 * (unknown fields refused) and the same Bean Validation, so a bad argument fails as that call would.
 */
final class ToolArguments {

    private final ObjectMapper json;
    private final Validator validator;

    ToolArguments(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    <T> T read(JsonNode arguments, Class<T> type) {
        T value;
        try {
            value = json.treeToValue(arguments, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
