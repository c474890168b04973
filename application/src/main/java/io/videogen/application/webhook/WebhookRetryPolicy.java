package io.videogen.application.webhook;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a webhook that was not accepted is tried again: after {@code base · 2^(attempt-1)}, capped,
 * with the upper half of the delay random so receivers coming back from an outage are not hit by
 * every waiting delivery at once. Nothing after {@code maxAttempts}.
 */
public record WebhookRetryPolicy(Duration base, Duration cap, int maxAttempts, DoubleSupplier random) {

    public WebhookRetryPolicy {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("webhook retries need base > 0, cap >= base and at least one attempt");
        }
    }

    /** @param attempt the attempt that just failed, counting from 1 */
    public Optional<Duration> delayAfter(int attempt) {
        if (attempt >= maxAttempts) {
            return Optional.empty();
        }
        // past 2^20 the cap has long been reached; stop doubling before the long overflows
        long exponential = base.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
        long capped = Math.min(exponential, cap.toMillis());
        long half = capped / 2;
        return Optional.of(Duration.ofMillis(half + (long) (random.getAsDouble() * (capped - half))));
    }
}
