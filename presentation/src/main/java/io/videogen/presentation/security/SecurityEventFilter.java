package io.videogen.presentation.security;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.AuditTrailUseCase;
import io.videogen.domain.audit.RequestOrigin;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records the security events only the inbound side sees: a signed-in caller refused by their role
 * (403), and an access token that failed verification (401 on a request that carried one). The
 * sign-in routes record their own events, and the token itself is never recorded.
 */
public class SecurityEventFilter {

    private final AuditTrailUseCase audit;
    private final Callers callers;

    public SecurityEventFilter(AuditTrailUseCase audit, Callers callers) {
        this.audit = audit;
        this.callers = callers;
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response,
                            RoutingContext routing) {
        String path = routing.normalizedPath();
        if (path.startsWith("/api/v1/auth/")) {
            return Uni.createFrom().voidItem();
        }
        String what = request.getMethod() + " " + path;
        RequestOrigin origin = RequestOrigins.of(routing);
        if (response.getStatus() == 403) {
            return callers.current().chain(user -> user
                    .map(id -> audit.accessDenied(id, what, origin))
                    .orElseGet(() -> Uni.createFrom().voidItem()));
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (response.getStatus() == 401 && authorization != null && !authorization.isBlank()) {
            return audit.tokenRejected(what, origin);
        }
        return Uni.createFrom().voidItem();
    }
}
