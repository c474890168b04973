package io.videogen.infrastructure.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Gives Quarkus's HTTP server timer ({@code http_server_requests_seconds}) histogram buckets, so
 * request-time percentiles per route can be computed across pods (a summary's max cannot).
 */
@Singleton
class HttpServerHistograms {

    private static final double[] BUCKETS = nanos(Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10));

    @Produces
    @Singleton
    MeterFilter httpServerRequestBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!"http.server.requests".equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS).build().merge(config);
            }
        };
    }

    private static double[] nanos(Duration... durations) {
        double[] values = new double[durations.length];
        for (int i = 0; i < durations.length; i++) {
            values[i] = durations[i].toNanos();
        }
        return values;
    }
}
