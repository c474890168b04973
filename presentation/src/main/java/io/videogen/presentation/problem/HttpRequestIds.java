package io.videogen.presentation.problem;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Settles the request id at the HTTP layer, before any route, so that every response carries
 * {@code X-Request-Id} — health checks, metrics and errors raised outside the REST layer included.
 * The id is written back into the request's header, where {@link RequestIds} finds it.
 */
@ApplicationScoped
public class HttpRequestIds {

    /** Runs before authentication and routing. */
    private static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String id = RequestIds.saneOrNew(context.request().getHeader(RequestIds.HEADER));
            context.request().headers().set(RequestIds.HEADER, id);
            context.response().putHeader(RequestIds.HEADER, id);
            context.next();
        }, PRIORITY);
    }
}
