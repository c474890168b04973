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

    /**
     * How long a stopping process lets its running renders go on toward their end before they hand
     * their jobs back; PT0S hands them back at once. On Kubernetes, drain plus shutdown-grace stay
     * under the pod's terminationGracePeriodSeconds.
     */
    @WithDefault("PT0S")
    Duration drain();

    /**
     * How long a stopping process waits for its renders to hand their jobs back; after it, the process
     * releases the jobs still held itself, so they are due at once rather than when their leases run out.
     */
    @WithDefault("PT10S")
    Duration shutdownGrace();
}
