package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.feature.Feature;

/** The check point of every switchable feature: fails with {@code FeatureDisabledException} when it is off. */
public interface FeatureGate {

    Uni<Void> require(Feature feature);

    /** This instance's current view, without waiting for storage (for gauges). */
    boolean enabledNow(Feature feature);
}
