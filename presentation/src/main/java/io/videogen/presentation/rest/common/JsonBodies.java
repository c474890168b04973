package io.videogen.presentation.rest.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.videogen.domain.shared.DomainException;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.presentation.problem.JsonFieldPath;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Reads JSON that did not arrive as a request body — an MCP tool's arguments, a multipart part —
 * as the body of the REST call it stands for, with the same binding (unknown fields refused) and
 * the same Bean Validation, so a bad value fails as it would in that call.
 */
@jakarta.enterprise.context.ApplicationScoped
public class JsonBodies {

    private final ObjectMapper json;
    private final Validator validator;

    public JsonBodies(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T read(JsonNode arguments, Class<T> type) {
        T value;
        try {
            value = json.treeToValue(arguments, type);
        } catch (JsonProcessingException e) {
            throw refused(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    /** What the REST API's mapper would answer for the same body, as a field error. */
    private static RuntimeException refused(JsonProcessingException e) {
        if (e.getCause() instanceof DomainException domain) {
            return domain; // a value object refused the value: its own message
        }
        String field = e instanceof JsonMappingException mapping ? JsonFieldPath.of(mapping) : "";
        String name = field.isEmpty() ? "body" : field;
        String message = e instanceof UnrecognizedPropertyException unknown
                ? "unknown field '" + unknown.getPropertyName() + "'; remove it or check its spelling"
                : e instanceof JsonMappingException ? "this value cannot be read; check its type"
                : "not valid JSON; check quotes, commas and brackets";
        return new InvalidValueException(name, name + ": " + message);
    }
}
