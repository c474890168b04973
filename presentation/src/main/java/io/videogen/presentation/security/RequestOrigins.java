package io.videogen.presentation.security;

import io.videogen.domain.audit.RequestOrigin;
import io.videogen.presentation.problem.RequestIds;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Notes where each request came from — the client address (the forwarded one when
 * quarkus.http.proxy.proxy-address-forwarding is on) and its request id — for the rate limits and
 * the audit trail. Runs right after {@link RequestIds} has settled the id.
 */
public class RequestOrigins {

    static final int PRIORITY = Priorities.USER + 10;
    private static final String KEY = RequestOrigin.class.getName();

    @ServerRequestFilter(preMatching = true, priority = PRIORITY)
    public void remember(ContainerRequestContext request, RoutingContext routing) {
        routing.put(KEY, new RequestOrigin(address(routing.request()), RequestIds.of(request)));
    }

    /** The origin noted for this request. */
    public static RequestOrigin of(RoutingContext routing) {
        RequestOrigin noted = routing.get(KEY);
        return noted != null ? noted : new RequestOrigin(address(routing.request()), null);
    }

    private static String address(HttpServerRequest http) {
        return http == null || http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
    }
}
