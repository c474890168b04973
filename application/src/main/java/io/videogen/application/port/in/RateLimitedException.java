package io.videogen.application.port.in;

import io.videogen.domain.shared.DomainException;
import java.time.Duration;
import java.util.Objects;

/** Too many requests, or too many failed sign-ins: come back after {@link #retryAfter()}. */
public class RateLimitedException extends DomainException {

    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter) {
        super("RATE_LIMITED", message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up and at least one, as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    public static long wholeSeconds(Duration duration) {
        long seconds = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
