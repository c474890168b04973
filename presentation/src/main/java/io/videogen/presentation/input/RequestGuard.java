package io.videogen.presentation.input;

import io.videogen.domain.shared.InvalidValueException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks what the request line and headers carry before anything else reads them: the headers the
 * framework parses on its own (the media types of Content-Type and Accept) must parse, and query
 * parameters and the Idempotency-Key (which is stored) keep the {@link TextRule}. A request that
 * breaks either is a 400 naming the header or parameter, never an exception in whatever code asked
 * for it first.
 */
public class RequestGuard {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** RFC 2046: a multipart boundary has 1 to 70 characters. */
    static final int MAX_BOUNDARY = 70;

    /** Right after the request id is given, before the size, origin and rate-limit filters read the request. */
    public static final int PRIORITY = Priorities.USER + 1;

    @ServerRequestFilter(preMatching = true, priority = PRIORITY)
    public void check(ContainerRequestContext request) {
        checkMediaTypes(request);
        jakarta.ws.rs.core.MultivaluedMap<String, String> query;
        try {
            query = request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("query", "the query string is not validly percent-encoded; "
                    + "encode each byte as % and two hex digits");
        }
        query.forEach((name, values) -> {
            TextRule.violation(name).ifPresent(why -> {
                throw new InvalidValueException("query", "a query parameter name " + why);
            });
            for (String value : values) {
                TextRule.violation(value).ifPresent(why -> {
                    throw new InvalidValueException(name, "the query parameter " + name + " " + why);
                });
            }
        });
        String key = request.getHeaderString(IDEMPOTENCY_KEY);
        if (key != null) {
            TextRule.violation(key).ifPresent(why -> {
                throw invalid(IDEMPOTENCY_KEY, why);
            });
        }
    }

    private static void checkMediaTypes(ContainerRequestContext request) {
        List<String> contentTypes = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (contentTypes != null) {
            if (contentTypes.size() > 1) {
                throw invalid(HttpHeaders.CONTENT_TYPE, "is given " + contentTypes.size()
                        + " times; send it once, e.g. 'Content-Type: application/json'");
            }
            String value = contentTypes.get(0);
            if (value == null || value.isBlank() || value.contains(",") || !parses(value)) {
                throw invalid(HttpHeaders.CONTENT_TYPE, "'" + printable(value) + "' is not one media type; "
                        + "send e.g. 'Content-Type: application/json'");
            }
            MediaType type = MediaType.valueOf(value.strip());
            String boundary = type.getParameters().get("boundary");
            if ("multipart".equalsIgnoreCase(type.getType()) && (boundary == null || boundary.isBlank()
                    || boundary.length() > MAX_BOUNDARY)) {
                throw invalid(HttpHeaders.CONTENT_TYPE, "'" + printable(value) + "' needs a boundary of 1 to "
                        + MAX_BOUNDARY + " characters, e.g. 'multipart/form-data; boundary=x8Ab3'");
            }
        }
        List<String> accepts = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accepts != null) {
            for (String accept : accepts) {
                for (String range : accept.split(",")) {
                    if (!range.isBlank() && !parses(range)) {
                        throw invalid(HttpHeaders.ACCEPT, "'" + printable(range.strip()) + "' is not a media range; "
                                + "send e.g. 'Accept: application/json' or leave the header out");
                    }
                }
            }
        }
    }

    private static boolean parses(String value) {
        try {
            MediaType type = MediaType.valueOf(value.strip());
            return !type.getType().isEmpty() && !type.getSubtype().isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static InvalidValueException invalid(String header, String message) {
        return new InvalidValueException(header, "the " + header + " header " + message);
    }

    /** The value as it may be shown back: short, and without control characters. */
    private static String printable(String value) {
        String shown = value == null ? "" : value.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
    }
}
