package io.videogen.application.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * The render worker loop's sign of life. Readiness of a worker process is DOWN once the last beat
 * is older than {@code videogen.health.heartbeat-max-age}, so a loop that hangs or died takes its
 * pod out of service, and the "no ready workers" alert fires when no worker is left.
 */
public interface WorkerHeartbeat {

    /**
     * Worker hook: the loop is alive. Call it on every poll of the queue (also when nothing was
     * claimed) and on every lease renewal during a render, so a long render does not look stale.
     */
    void beat();

    /** Worker hook: the loop stopped on purpose (shutdown); readiness stops asking for beats. */
    void stopped();

    /** When the loop last beat; empty when no worker loop runs (or it stopped) in this process. */
    Optional<Instant> lastBeat();
}
