package io.videogen.presentation.problem;

import io.videogen.domain.shared.DomainException;
import io.videogen.domain.shared.InvalidValueException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into a problem document. Domain rules map by their code; anything
 * unexpected is logged here and answered with a bare 500, so no stack trace, SQL or path leaves.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e, ContainerRequestContext request, HttpServerRequest http) {
        return respond(ErrorCode.VALIDATION_FAILED, e.getMessage(),
                List.of(new Problem.FieldError(e.field(), e.getMessage())), request, http);
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, ContainerRequestContext request, HttpServerRequest http) {
        return respond(ErrorCode.of(e.code()), e.getMessage(), null, request, http);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request, HttpServerRequest http) {
        int status = e.getResponse().getStatus();
        ErrorCode code = switch (status) {
            case 400 -> ErrorCode.VALIDATION_FAILED;
            case 401 -> ErrorCode.AUTHENTICATION_REQUIRED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404, 405 -> ErrorCode.RESOURCE_NOT_FOUND;
            case 409 -> ErrorCode.RESOURCE_CONFLICT;
            case 412 -> ErrorCode.PRECONDITION_FAILED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.VALIDATION_FAILED;
        };
        String detail = status >= 500 ? "the service could not handle the request" : safeMessage(code);
        return respond(code, detail, null, request, http);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request, HttpServerRequest http) {
        String requestId = RequestIds.of(request);
        LOG.errorf(e, "request %s failed", requestId);
        return respond(ErrorCode.INTERNAL_ERROR, "the service could not handle the request; quote request id "
                + requestId + " when reporting it", null, request, http);
    }

    private static String safeMessage(ErrorCode code) {
        return code == ErrorCode.RESOURCE_NOT_FOUND ? "no such resource" : code.title();
    }

    private static Response respond(ErrorCode code, String detail, List<Problem.FieldError> errors,
                                    ContainerRequestContext request, HttpServerRequest http) {
        String requestId = RequestIds.of(request);
        Problem problem = new Problem(code.type(), code.title(), code.status(), detail,
                http == null ? null : http.path(), code.name(), requestId, errors, null);
        return Response.status(code.status()).type(Problem.MEDIA_TYPE).entity(problem)
                .header(RequestIds.HEADER, requestId).build();
    }
}
