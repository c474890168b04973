package io.videogen.bootstrap.observability;

import io.opentelemetry.api.trace.Span;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.security.Principal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts the request id, the caller's user id and the video a path names on every log line of a
 * request (Quarkus's OpenTelemetry support adds traceId and spanId), and the request id on the
 * request's span, so a support ticket quoting X-Request-Id leads to the trace. Quarkus keeps the MDC
 * in the request's own Vert.x context, so the values end with the request and never leak into another.
 */
public class RequestLogContext {

    /** Set by presentation's RequestIds filter, which runs first (pre-matching). */
    static final String REQUEST_ID_PROPERTY = "videogen.requestId";
    /** {@code /api/v1/videos/{id}} and everything below it. */
    private static final Pattern VIDEO_PATH = Pattern.compile(
            "(?:^|/)videos/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:/|$)");

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 1)
    public void enter(ContainerRequestContext request) {
        Object requestId = request.getProperty(REQUEST_ID_PROPERTY);
        if (requestId != null) {
            MDC.put(LogKeys.REQUEST_ID, requestId.toString());
            Span.current().setAttribute("videogen.request.id", requestId.toString());
        }
        Principal caller = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        if (caller != null && caller.getName() != null && !caller.getName().isEmpty()) {
            MDC.put(LogKeys.USER_ID, caller.getName());
        }
        Matcher video = VIDEO_PATH.matcher(request.getUriInfo().getPath());
        if (video.find()) {
            MDC.put(LogKeys.VIDEO_ID, video.group(1).toLowerCase(java.util.Locale.ROOT));
        }
    }
}
