package io.videogen.bootstrap.feature;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.videogen.application.feature.FeatureFlags;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.FeatureFlagStore;
import io.videogen.application.port.out.SecurityEventLog;
import io.videogen.domain.feature.Feature;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Feature flags: defaults from {@code videogen.features.*}, admin changes from PostgreSQL, read
 * again every second by each instance ({@link FlagRefresh}), and {@code videogen_feature_enabled{feature}} for each.
 */
@Singleton
class FeatureWiring {

    static final Duration MAX_AGE = Duration.ofSeconds(1);

    @Produces
    @Singleton
    FeatureFlags featureFlags(FeatureFlagStore store, FeaturesConfig config, SecurityEventLog audit, Clock clock) {
        return new FeatureFlags(store, FeatureFlags.defaultsOf(config.defaults()), audit, clock, MAX_AGE);
    }

    void gauges(@Observes StartupEvent started, FeatureFlags flags, MeterRegistry registry) {
        for (Feature feature : Feature.values()) {
            Gauge.builder("videogen.feature.enabled", flags, f -> f.enabledNow(feature) ? 1 : 0)
                    .description("1 while the feature is on in this instance's view of the flags, 0 while off")
                    .tag("feature", feature.flagName())
                    .register(registry);
        }
    }
}
