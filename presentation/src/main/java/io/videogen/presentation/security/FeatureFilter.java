package io.videogen.presentation.security;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.FeatureGate;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses the endpoints of a switched-off feature ({@link RequiresFeature}) with 403 FEATURE_DISABLED. */
public class FeatureFilter {

    private final FeatureGate gate;

    public FeatureFilter(FeatureGate gate) {
        this.gate = gate;
    }

    @ServerRequestFilter
    public Uni<Void> require(ResourceInfo resource) {
        RequiresFeature marked = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RequiresFeature.class);
        if (marked == null && resource.getResourceClass() != null) {
            marked = resource.getResourceClass().getAnnotation(RequiresFeature.class);
        }
        return marked == null ? Uni.createFrom().voidItem() : gate.require(marked.value());
    }
}
