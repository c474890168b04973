package io.videogen.application.fakes;

import io.videogen.application.port.out.Clock;
import java.time.Duration;
import java.time.Instant;

/** A clock that moves only when told, one millisecond per reading so events keep their order. */
public final class FixedClock implements Clock {

    private Instant now = Instant.parse("2026-11-21T10:00:00Z");

    @Override
    public synchronized Instant now() {
        now = now.plusMillis(1);
        return now;
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }
}
