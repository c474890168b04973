package io.videogen.infrastructure.time;

import io.videogen.application.port.out.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
class SystemClock implements Clock {

    @Override
    public Instant now() {
        return Instant.now();
    }
}
