package io.videogen.infrastructure.ai;

import java.time.Duration;
import java.util.Optional;

/**
 * A provider call that did not come back with a 2xx: the status (0 when no answer arrived), the
 * provider's {@code Retry-After} when it sent one, and a short, key-free reason.
 */
public class ProviderHttpException extends RuntimeException {

    private final int status;
    private final Duration retryAfter;

    public ProviderHttpException(int status, Duration retryAfter, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    /** No answer came within the call's timeout (the guard's own timeout may fire first; both mean the same). */
    public boolean timedOut() {
        return status == 0 && getCause() instanceof java.net.http.HttpTimeoutException;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * Whether the same call may succeed later: no answer, a timeout, too many requests or a server
     * error. A 4xx other than 408 and 429 (a wrong key, a bad request) will fail again.
     */
    public boolean mayPassLater() {
        return status == 0 || status == 408 || status == 429 || status >= 500;
    }
}
