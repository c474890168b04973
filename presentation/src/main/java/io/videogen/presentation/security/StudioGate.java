package io.videogen.presentation.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.videogen.application.port.in.FeatureGate;
import io.videogen.domain.feature.Feature;
import io.videogen.presentation.problem.ErrorCode;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The web studio's pages and modules are static files, which no REST filter sees: while an admin
 * has the {@code studio} flag off they answer {@code 403 FEATURE_DISABLED}. The API stays open to
 * every other client.
 */
@ApplicationScoped
public class StudioGate {

    /** After the address rules. */
    static final int PRIORITY = AddressFilter.PRIORITY - 10;

    private final FeatureGate features;

    public StudioGate(FeatureGate features) {
        this.features = features;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext routing) {
        String path = routing.normalizedPath();
        boolean studio = path.equals("/") || path.equals("/index.html") || path.startsWith("/studio/");
        if (!studio || features.enabledNow(Feature.STUDIO)) {
            routing.next();
            return;
        }
        RouteProblems.answer(routing, ErrorCode.FEATURE_DISABLED, "the web studio is switched off on this service; "
                + "an admin switches it on with PUT /api/v1/admin/flags/studio {\"enabled\": true}");
    }
}
