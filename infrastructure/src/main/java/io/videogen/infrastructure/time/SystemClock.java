package io.videogen.infrastructure.time;

import io.videogen.application.port.out.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The wall clock at PostgreSQL's precision (microseconds): a video as the use case saved it shows
 * the same times as when it is read back, so a webhook body written at the change equals what GET
 * shows afterwards.
 */
@ApplicationScoped
class SystemClock implements Clock {

    @Override
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
