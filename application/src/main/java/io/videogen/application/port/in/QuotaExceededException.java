package io.videogen.application.port.in;

import io.videogen.domain.shared.DomainException;
import java.time.Duration;

/** A user has used up a monthly provider quota; {@link #retryAfter()} runs until the month ends. */
public class QuotaExceededException extends DomainException {

    private final Duration retryAfter;

    public QuotaExceededException(String message, Duration retryAfter) {
        super("QUOTA_EXCEEDED", message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
