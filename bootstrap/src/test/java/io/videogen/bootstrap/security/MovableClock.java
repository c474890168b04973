package io.videogen.bootstrap.security;

import io.videogen.application.port.out.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock, moved by the test: real time plus an offset the test sets. Only in the
 * profiles that enable it ({@link ControlledClock}).
 */
@Alternative
@ApplicationScoped
public class MovableClock implements Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public Instant now() {
        return Instant.now().plus(offset.get());
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }
}
