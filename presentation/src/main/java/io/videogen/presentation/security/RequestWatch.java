package io.videogen.presentation.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.videogen.application.port.in.ObserveRequestsUseCase;
import io.videogen.domain.audit.RequestOrigin;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Shows every answered API request (method, path, status, client) to the threat detectors. */
@ApplicationScoped
public class RequestWatch {

    private static final Logger LOG = Logger.getLogger(RequestWatch.class);
    /** Right after the address rules. */
    static final int PRIORITY = AddressFilter.PRIORITY - 1;

    private final ObserveRequestsUseCase detectors;

    public RequestWatch(ObserveRequestsUseCase detectors) {
        this.detectors = detectors;
    }

    void register(@Observes Filters filters) {
        filters.register(this::watch, PRIORITY);
    }

    void watch(RoutingContext routing) {
        String path = routing.normalizedPath();
        if (path.startsWith("/api/")) {
            String method = routing.request().method().name();
            routing.addEndHandler(ended -> {
                String address = routing.request().remoteAddress() == null ? null
                        : routing.request().remoteAddress().hostAddress();
                detectors.seen(method, path, routing.response().getStatusCode(), new RequestOrigin(address,
                                routing.response().headers().get("X-Request-Id")))
                        .subscribe().with(ignored -> { }, failure -> LOG.debugf("threat detectors failed: %s", failure));
            });
        }
        routing.next();
    }
}
