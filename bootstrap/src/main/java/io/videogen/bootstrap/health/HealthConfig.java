package io.videogen.bootstrap.health;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code videogen.health.*}: the thresholds of the readiness checks (docs/operations.md). */
@ConfigMapping(prefix = "videogen.health")
interface HealthConfig {

    /** Readiness is DOWN when the media directory's file system has less usable space than this. */
    @WithDefault("500M")
    MemorySize minFreeSpace();

    /**
     * A worker is not ready once its loop has not beaten for this long. The loop beats on every poll
     * and every lease renewal, so this is a few times the lease renewal interval.
     */
    @WithDefault("PT2M")
    Duration heartbeatMaxAge();
}
