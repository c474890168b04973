package io.videogen.infrastructure.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the render queue retries: {@code videogen.queue.*}. */
@ConfigMapping(prefix = "videogen.queue")
interface QueueConfig {

    /** Attempts before a job is given up as dead. */
    @WithDefault("5")
    int maxAttempts();

    /** The delay after the first failure; it doubles with every further one. */
    @WithDefault("PT2S")
    Duration backoffBase();

    @WithDefault("PT5M")
    Duration backoffCap();
}
