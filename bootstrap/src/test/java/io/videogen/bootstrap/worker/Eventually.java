package io.videogen.bootstrap.worker;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** Retries an assertion until it holds or the time is up; then the last failure is the test's. */
public final class Eventually {

    private static final Duration POLL = Duration.ofMillis(100);

    @FunctionalInterface
    public interface Check {
        void run() throws Exception;
    }

    private Eventually() {
    }

    public static void within(Duration timeout, Check check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError | Exception e) {
                if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
                    if (e instanceof AssertionError assertion) {
                        throw assertion;
                    }
                    throw new AssertionError("still failing after " + timeout, e);
                }
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }
}
