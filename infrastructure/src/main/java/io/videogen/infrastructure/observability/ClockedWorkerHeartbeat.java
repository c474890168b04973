package io.videogen.infrastructure.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.WorkerHeartbeat;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The worker loop's last beat, kept in memory for the readiness check, and exported as
 * {@code videogen_worker_heartbeat_age_seconds} (NaN in a process that runs no worker loop), which
 * the "no ready workers" alert counts.
 */
@Startup // its series exist from the first scrape
@ApplicationScoped
class ClockedWorkerHeartbeat implements WorkerHeartbeat {

    private final Clock clock;
    private final AtomicReference<Instant> last = new AtomicReference<>();

    ClockedWorkerHeartbeat(Clock clock, MeterRegistry registry) {
        this.clock = clock;
        Gauge.builder("videogen.worker.heartbeat.age", this, ClockedWorkerHeartbeat::ageSeconds).baseUnit("seconds")
                .description("Time since this process's render worker loop last showed it is alive")
                .register(registry);
    }

    @Override
    public void beat() {
        last.set(clock.now());
    }

    @Override
    public void stopped() {
        last.set(null);
    }

    @Override
    public Optional<Instant> lastBeat() {
        return Optional.ofNullable(last.get());
    }

    private double ageSeconds() {
        Instant at = last.get();
        return at == null ? Double.NaN : Duration.between(at, clock.now()).toMillis() / 1000.0;
    }
}
