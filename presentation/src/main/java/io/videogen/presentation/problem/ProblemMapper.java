package io.videogen.presentation.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.videogen.application.port.out.DuplicateException;
import io.videogen.application.port.out.MediaInspector;
import io.videogen.application.port.out.RejectedValueException;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.domain.shared.DomainException;
import io.videogen.domain.shared.InvalidValueException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into a problem document. Domain rules map by their code; anything
 * unexpected is logged here and answered with a bare 500, so no stack trace, SQL or path leaves.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String BEARER_CHALLENGE = "Bearer realm=\"videogen\"";
    private static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e, ContainerRequestContext request, HttpServerRequest http) {
        return respond(ErrorCode.of(e.code()), e.getMessage(),
                List.of(new Problem.FieldError(e.field(), e.getMessage())), request, http);
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, ContainerRequestContext request, HttpServerRequest http) {
        return respond(ErrorCode.of(e.code()), e.getMessage(), null, request, http);
    }

    @ServerExceptionMapper
    public Response duplicate(DuplicateException e, ContainerRequestContext request, HttpServerRequest http) {
        return respond(ErrorCode.RESOURCE_CONFLICT, e.getMessage(), null, request, http);
    }

    /** The net below the boundary checks: a value the database refuses as data is the client's to change. */
    @ServerExceptionMapper
    public Response rejectedValue(RejectedValueException e, ContainerRequestContext request, HttpServerRequest http) {
        return respond(ErrorCode.VALIDATION_FAILED, "a value of the request cannot be stored; check its texts "
                + "(no control characters) and numbers (within the documented ranges)", null, request, http);
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException e, ContainerRequestContext request, HttpServerRequest http) {
        return respond(ErrorCode.PRECONDITION_FAILED, "the resource was changed by another request meanwhile; "
                + "read it again and repeat your change", null, request, http);
    }

    @ServerExceptionMapper
    public Response rejectedMedia(MediaInspector.RejectedMediaException e, ContainerRequestContext request,
                                  HttpServerRequest http) {
        if (e.unsupportedType()) {
            return respond(ErrorCode.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), null, request, http);
        }
        return respond(ErrorCode.VALIDATION_FAILED, e.getMessage(),
                List.of(new Problem.FieldError("file", e.getMessage())), request, http);
    }

    /** Bean Validation on request bodies and parameters: one entry per field. */
    @ServerExceptionMapper
    public Response constraints(ConstraintViolationException e, ContainerRequestContext request,
                                HttpServerRequest http) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return respond(ErrorCode.VALIDATION_FAILED, detail, errors, request, http);
    }

    /**
     * Malformed JSON, unknown fields and values of the wrong type: a 400 that names the field. Every
     * Jackson failure is listed, so none falls through to a framework mapper that answers 500
     * (InvalidDefinitionException did: a body the records cannot be made from is still the client's).
     */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
        MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
        InvalidDefinitionException.class, StreamReadException.class, StreamConstraintsException.class,
        DatabindException.class, JsonEOFException.class, InvalidTypeIdException.class, ValueInstantiationException.class})
    public Response json(Exception exception, ContainerRequestContext request, HttpServerRequest http) {
        JsonProcessingException e = (JsonProcessingException) exception;
        if (e.getCause() instanceof InvalidValueException invalid) {
            return invalidValue(invalid, request, http); // a value object refused the value: its own message
        }
        if (e instanceof StreamConstraintsException) {
            return respond(ErrorCode.VALIDATION_FAILED, "the body nests too deeply, or holds a number or text "
                    + "longer than any request of the API needs", null, request, http);
        }
        if (e instanceof JsonParseException parse) {
            String where = parse.getLocation() == null ? ""
                    : " at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
            return respond(ErrorCode.VALIDATION_FAILED, "the body is not valid JSON" + where
                    + "; check quotes, commas and brackets", null, request, http);
        }
        if (e instanceof JsonMappingException mapping) {
            String field = JsonFieldPath.of(mapping);
            String message;
            if (e instanceof UnrecognizedPropertyException unknown) {
                message = "unknown field '" + unknown.getPropertyName() + "'; remove it or check its spelling";
            } else if (e instanceof InvalidFormatException format) {
                message = "'" + format.getValue() + "' is not a valid " + typeName(format.getTargetType());
            } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                message = "expected " + typeName(mismatch.getTargetType());
            } else {
                message = "this value cannot be read";
            }
            String fieldName = field.isEmpty() ? "body" : field;
            return respond(ErrorCode.VALIDATION_FAILED, fieldName + ": " + message,
                    List.of(new Problem.FieldError(fieldName, message)), request, http);
        }
        return respond(ErrorCode.VALIDATION_FAILED, "the body cannot be read as JSON", null, request, http);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, ContainerRequestContext request, HttpServerRequest http) {
        return respond(ErrorCode.AUTHENTICATION_REQUIRED, "sign in and send a valid access token as "
                + "'Authorization: Bearer <token>'", null, request, http);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request, HttpServerRequest http) {
        return respond(ErrorCode.FORBIDDEN, "your role does not allow this; ask an admin for the creator role",
                null, request, http);
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
            case 429 -> ErrorCode.RATE_LIMITED;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.VALIDATION_FAILED;
        };
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request, http);
        }
        String detail = status >= 500 ? "the service could not handle the request" : safeMessage(code, status);
        return respond(code, detail, null, request, http);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request, HttpServerRequest http) {
        if (e.getCause() instanceof DomainException domain && e.getCause() != e) {
            return domain instanceof InvalidValueException invalid ? invalidValue(invalid, request, http)
                    : domain(domain, request, http);
        }
        String requestId = RequestIds.of(request);
        if (unreachable(e)) {
            // a database or Redis that refuses connections is an outage the client can wait out, not a bug
            LOG.warnf("request %s could not reach a dependency: %s", requestId, e.toString());
            return respond(ErrorCode.SERVICE_UNAVAILABLE, "the service cannot reach its storage right now; "
                    + "try again in a few seconds (request id " + requestId + ")", null, request, http);
        }
        LOG.errorf(e, "request %s failed", requestId);
        return respond(ErrorCode.INTERNAL_ERROR, "the service could not handle the request; quote request id "
                + requestId + " when reporting it", null, request, http);
    }

    /** Whether the failure is a refused, unroutable or unresolvable connection somewhere down the cause chain. */
    static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.NoRouteToHostException
                    || cause instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static String safeMessage(ErrorCode code, int status) {
        return switch (status) {
            case 404 -> "no such resource";
            case 405 -> "no such resource or method";
            case 406 -> "the service cannot answer in the media type asked for in Accept";
            case 415 -> "send this endpoint's media type (application/json unless documented otherwise)";
            default -> code.title();
        };
    }

    static String field(ConstraintViolation<?> violation) {
        // the path starts with the method and parameter names (create.body.title); clients know only the field
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "object of strings";
        }
        return "object";
    }

    private static Response respond(ErrorCode code, String detail, List<Problem.FieldError> errors,
                                    ContainerRequestContext request, HttpServerRequest http) {
        String requestId = RequestIds.of(request);
        Problem problem = new Problem(code.type(), code.title(), code.status(), detail,
                http == null ? null : http.path(), code.name(), requestId, errors, null);
        Response.ResponseBuilder response = Response.status(code.status()).type(Problem.MEDIA_TYPE).entity(problem)
                .header(RequestIds.HEADER, requestId);
        if (code == ErrorCode.AUTHENTICATION_REQUIRED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        }
        if (code == ErrorCode.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    public static Response problem(ErrorCode code, String detail, ContainerRequestContext request,
                                   HttpServerRequest http) {
        return respond(code, detail, null, request, http);
    }
}
