package io.videogen.bootstrap.health;

import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.WorkerHeartbeat;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * In a process that runs the render worker loop, the loop beat within
 * {@code videogen.health.heartbeat-max-age}. A process without a worker loop (an API pod) is UP here.
 */
@Readiness
@ApplicationScoped
class WorkerHeartbeatCheck implements HealthCheck {

    static final String NAME = "render-worker";

    private final WorkerHeartbeat heartbeat;
    private final Clock clock;
    private final Duration maxAge;

    WorkerHeartbeatCheck(WorkerHeartbeat heartbeat, Clock clock, HealthConfig config) {
        this.heartbeat = heartbeat;
        this.clock = clock;
        this.maxAge = config.heartbeatMaxAge();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named(NAME);
        Optional<Instant> last = heartbeat.lastBeat();
        if (last.isEmpty()) {
            return check.up().withData("worker", "no worker loop runs in this process").build();
        }
        Duration age = Duration.between(last.get(), clock.now());
        check.withData("lastBeat", last.get().toString()).withData("maxAge", maxAge.toString());
        if (age.compareTo(maxAge) > 0) {
            return Reasons.down(check, "the worker loop last beat " + age.toMillis() / 1000.0 + " s ago, more than "
                    + "videogen.health.heartbeat-max-age (" + maxAge + "): it is stuck or has died; see the "
                    + "worker's log and thread dump, then restart the pod");
        }
        return check.up().build();
    }
}
