package io.videogen.presentation.security;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.LimitRequestsUseCase;
import io.videogen.application.port.in.LimitRequestsUseCase.RouteGroup;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Takes a token from the request's bucket before anything else happens (matching, authorization,
 * reading the body); an empty bucket answers 429 RATE_LIMITED with Retry-After. Signed-in
 * requests count against their user, the others and every sign-in route against the address.
 */
public class RateLimitFilter {

    private final LimitRequestsUseCase limits;
    private final Callers callers;

    public RateLimitFilter(LimitRequestsUseCase limits, Callers callers) {
        this.limits = limits;
        this.callers = callers;
    }

    @ServerRequestFilter(preMatching = true, priority = RequestOrigins.PRIORITY + 10)
    public Uni<Void> limit(ContainerRequestContext request, RoutingContext routing) {
        Optional<RouteGroup> group = RouteGroups.of(request.getMethod(), routing.normalizedPath());
        if (group.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String address = RequestOrigins.of(routing).clientAddress();
        boolean bearer = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        if (group.get() == RouteGroup.AUTH || !bearer) {
            return limits.admit(group.get(), Optional.empty(), address);
        }
        return callers.current().chain(user -> limits.admit(group.get(), user, address));
    }
}
