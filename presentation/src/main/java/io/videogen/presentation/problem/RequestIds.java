package io.videogen.presentation.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is sane, a new one
 * otherwise, carried in problem documents. {@link HttpRequestIds} settles it before any route and
 * echoes it on every response, once: a second echo here made RESTEasy add it again to streamed files.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String PROPERTY = "videogen.requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        request.setProperty(PROPERTY, saneOrNew(request.getHeaderString(HEADER)));
    }

    /** The caller's id when it is short and plain, so it cannot inject anything into logs or headers. */
    static String saneOrNew(String given) {
        return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    public static String of(ContainerRequestContext request) {
        Object id = request == null ? null : request.getProperty(PROPERTY);
        return id != null ? id.toString() : UUID.randomUUID().toString();
    }
}
