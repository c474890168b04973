package io.videogen.bootstrap.worker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/** How the render worker of this process runs: {@code videogen.worker.*}. */
@ConfigMapping(prefix = "videogen.worker")
interface WorkerConfig {

    /** Renders at once; the default is the number of cores. */
    OptionalInt concurrency();

    /** How long a job stays a worker's without a heartbeat; a crashed worker's job returns after this. */
    @WithDefault("PT30S")
    Duration lease();

    /** How often the lease is renewed; at most half the lease. */
    @WithDefault("PT1S")
    Duration heartbeat();

    /** How often an idle render slot asks the queue again. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** How long a stopping process waits for its renders to hand their jobs back. */
    @WithDefault("PT10S")
    Duration shutdownGrace();
}
