package io.videogen.infrastructure.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.videogen.application.port.out.FanOutStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code videogen_fanout_overhead_seconds{part}}: the time a fanned-out render spends on its tasks'
 * bookkeeping and transfer (ADR 0024), step by step, on the threads that took the steps. Its sum over
 * all workers against a render's time is the fan-out's overhead (bench/fanout.sh), all parts but
 * {@code artefact_put_background}: the tasks' puts timed where they ran, off the workers' paths, read
 * beside the sum. Both the worker's and the render's side report here; every series exists from the
 * start at zero.
 */
@Startup // its series exist from the first scrape
@ApplicationScoped
class FanOutOverheadTimers {

    private final Map<FanOutStep, Timer> timers = new EnumMap<>(FanOutStep.class);

    FanOutOverheadTimers(MeterRegistry registry) {
        for (FanOutStep step : FanOutStep.values()) {
            timers.put(step, Timer.builder("videogen.fanout.overhead")
                    .description("Time spent on fanned-out renders' task bookkeeping and transfers, by step")
                    .tag("part", step.label()).register(registry));
        }
    }

    void record(FanOutStep step, Duration took) {
        timers.get(step).record(took);
    }
}
