package io.videogen.infrastructure.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the render queue retries, and whom a fanned-out job waits for: {@code videogen.queue.*}. */
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

    /**
     * How long a fanned-out job, due again to assemble, is kept for the worker that fanned it out
     * (ADR 0024): that worker holds the stages before composition in its workspace, any other would
     * make them again. Past this (the worker busy or gone) any worker takes it.
     */
    @WithDefault("PT10S")
    Duration homeWorkerGrace();
}
