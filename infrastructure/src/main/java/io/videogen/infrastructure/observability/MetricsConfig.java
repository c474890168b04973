package io.videogen.infrastructure.observability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code videogen.metrics.*}: how often the queue gauges are read from PostgreSQL. */
@ConfigMapping(prefix = "videogen.metrics")
interface MetricsConfig {

    /** Interval between two reads of the render queue's depth and oldest age; one cheap indexed query each. */
    @WithDefault("15s")
    Duration queueRefresh();
}
