package io.videogen.application.worker;

import java.time.Duration;
import java.util.Objects;

/**
 * How one worker holds its jobs.
 *
 * @param workerId  names the worker in the queue: host, process and a random part, so two workers
 *                  never share a name, even in one process or after a restart
 * @param lease     how long a job stays this worker's without a heartbeat; after that another
 *                  worker may take it over, so a crashed worker's job comes back within this time
 * @param heartbeat how often the lease is renewed; also the longest a lost job goes unnoticed
 *                  when no cancellation event arrives
 * @param tasksPerClaim the most tasks of a fanned-out render one claim takes, to make one after another
 *                  ({@code videogen.render.fan-out.tasks-per-claim}; ADR 0024)
 */
public record WorkerSettings(String workerId, Duration lease, Duration heartbeat, int tasksPerClaim) {

    /** A worker that takes one task per claim. */
    public WorkerSettings(String workerId, Duration lease, Duration heartbeat) {
        this(workerId, lease, heartbeat, 1);
    }

    public WorkerSettings {
        Objects.requireNonNull(workerId, "workerId");
        if (workerId.isBlank() || workerId.length() > 200) {
            throw new IllegalArgumentException("a worker id has 1 to 200 characters");
        }
        if (lease.isNegative() || lease.isZero() || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("lease and heartbeat must be positive");
        }
        if (tasksPerClaim < 1) {
            throw new IllegalArgumentException("a claim takes at least one task, not " + tasksPerClaim);
        }
        if (heartbeat.multipliedBy(2).compareTo(lease) > 0) {
            throw new IllegalArgumentException("the heartbeat (" + heartbeat + ") must be at most half the lease ("
                    + lease + "), or a single late renewal loses the job");
        }
    }
}
