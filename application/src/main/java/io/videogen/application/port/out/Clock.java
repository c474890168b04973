package io.videogen.application.port.out;

import java.time.Instant;

/** Time, as the application sees it; tests give a fixed one. */
public interface Clock {

    Instant now();
}
