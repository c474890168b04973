package io.videogen.presentation.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.domain.shared.DomainException;
import io.videogen.domain.shared.InvalidValueException;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The problem document of a failure for channels that carry it in a body rather than as an HTTP
 * answer (an MCP tool result): the same code, status and detail the REST API answers with, so a
 * client sees one error whichever way it asked.
 */
public final class ProblemDocuments {

    private static final Logger LOG = Logger.getLogger(ProblemDocuments.class);

    private ProblemDocuments() {
    }

    /** @param instance what was asked (a tool's name), @param requestId the request's id for the logs */
    public static Problem of(Throwable failure, String instance, String requestId) {
        Throwable e = failure;
        while ((e instanceof java.io.UncheckedIOException || e instanceof java.util.concurrent.CompletionException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof DomainException domain) {
            e = domain; // a value object refused the value: its own message
        }
        if (e instanceof InvalidValueException invalid) {
            return problem(ErrorCode.of(invalid.code()), invalid.getMessage(), instance, requestId,
                    List.of(new Problem.FieldError(invalid.field(), invalid.getMessage())));
        }
        if (e instanceof DomainException domain) {
            return problem(ErrorCode.of(domain.code()), domain.getMessage(), instance, requestId, null);
        }
        if (e instanceof ProviderUnavailableException unavailable) {
            return problem(ErrorCode.PROVIDER_UNAVAILABLE, unavailable.getMessage(), instance, requestId, null);
        }
        if (e instanceof ConstraintViolationException violations) {
            List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(ProblemMapper.field(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
            return problem(ErrorCode.VALIDATION_FAILED, errors.stream().map(error -> error.field() + ": "
                    + error.message()).collect(Collectors.joining("; ")), instance, requestId, errors);
        }
        if (e instanceof JsonMappingException mapping) {
            String field = JsonFieldPath.of(mapping);
            String name = field.isEmpty() ? "arguments" : field;
            String message = mapping instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown
                    ? "unknown field '" + unknown.getPropertyName() + "'; remove it or check its spelling"
                    : "this value cannot be read; check its type against the input schema";
            return problem(ErrorCode.VALIDATION_FAILED, name + ": " + message, instance, requestId,
                    List.of(new Problem.FieldError(name, message)));
        }
        if (ProblemMapper.unreachable(e)) {
            LOG.warnf("request %s could not reach a dependency: %s", requestId, e.toString());
            return problem(ErrorCode.SERVICE_UNAVAILABLE, "the service cannot reach its storage right now; try again "
                    + "in a few seconds (request id " + requestId + ")", instance, requestId, null);
        }
        LOG.errorf(e, "request %s failed", requestId);
        return problem(ErrorCode.INTERNAL_ERROR, "the service could not handle the request; quote request id "
                + requestId + " when reporting it", instance, requestId, null);
    }

    private static Problem problem(ErrorCode code, String detail, String instance, String requestId,
                                   List<Problem.FieldError> errors) {
        return new Problem(code.type(), code.title(), code.status(), detail, instance, code.name(), requestId, errors,
                null);
    }
}
