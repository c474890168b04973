package io.videogen.infrastructure.persistence;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed render may run again: after {@code base · 2^(attempt-1)}, capped, with half of the
 * delay random so that jobs failing together (a provider outage) do not all return together.
 * Nothing after {@code maxAttempts}.
 */
record RetryBackoff(Duration base, Duration cap, int maxAttempts, DoubleSupplier random) {

    /** The queue's backoff as configured ({@code videogen.queue.*}), for jobs and tasks alike. */
    static RetryBackoff configured(QueueConfig config) {
        return new RetryBackoff(config.backoffBase(), config.backoffCap(), config.maxAttempts(),
                () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
    }

    RetryBackoff {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retry backoff needs base > 0, cap >= base and at least one attempt");
        }
    }

    /** @param attempt the attempt that just failed, counting from 1 */
    boolean allowsAnotherAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** @param attempt the attempt that just failed, counting from 1 */
    Optional<Duration> delayAfter(int attempt) {
        if (!allowsAnotherAfter(attempt)) {
            return Optional.empty();
        }
        // past 2^20 the cap has long been reached; stop doubling before the long overflows
        long exponential = base.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
        long capped = Math.min(exponential, cap.toMillis());
        long half = capped / 2;
        return Optional.of(Duration.ofMillis(half + (long) (random.getAsDouble() * (capped - half))));
    }
}
