package io.videogen.infrastructure.ai;

import java.time.Duration;

/**
 * How each provider call is guarded: bounded in time, retried with exponential backoff and full
 * jitter (or after the provider's {@code Retry-After}, when it is at most {@code maxRetryAfter}),
 * cut off by a circuit breaker while the provider keeps failing, and limited in concurrency.
 *
 * @param circuitRequests    the rolling window of calls the circuit judges
 * @param circuitFailureRatio the share of failed calls in the window that opens it
 * @param circuitDelay       how long it stays open before one trial call (half-open)
 * @param concurrency        calls to one provider's capability at once per process; more wait in a queue
 */
public record Resilience(Duration timeout, int maxRetries, Duration backoff, Duration maxBackoff,
                         Duration maxRetryAfter, int circuitRequests, double circuitFailureRatio,
                         Duration circuitDelay, int concurrency, int queue) {

    public Resilience {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a provider timeout must be positive, not " + timeout);
        }
        if (maxRetries < 0 || circuitRequests < 1 || concurrency < 1 || queue < 0) {
            throw new IllegalArgumentException("retries and queue must be at least 0, circuit requests and "
                    + "concurrency at least 1");
        }
    }

    public Resilience withTimeout(Duration other) {
        return new Resilience(other, maxRetries, backoff, maxBackoff, maxRetryAfter, circuitRequests,
                circuitFailureRatio, circuitDelay, concurrency, queue);
    }
}
