package io.videogen.presentation.problem;

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
        Throwable e = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
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
