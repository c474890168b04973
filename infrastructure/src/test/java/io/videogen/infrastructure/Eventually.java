package io.videogen.infrastructure;

import java.time.Duration;
import java.time.Instant;

/** Repeats an assertion until it holds or the bound runs out (then its last failure is thrown). */
public final class Eventually {

    private Eventually() {
    }

    public static void within(Duration bound, Runnable assertion) {
        Instant deadline = Instant.now().plus(bound);
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        }
    }
}
