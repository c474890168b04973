package io.videogen.infrastructure.ai;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait before the next attempt: what the provider asked for in {@code Retry-After}, else
 * exponential backoff with jitter (a random wait between half and all of base·2ⁿ⁻¹, capped at
 * {@code maxBackoff}), so many instances retrying at once spread out.
 */
final class RetryAfterBackoff implements CustomBackoffStrategy {

    private final Resilience resilience;
    private int attempt;

    RetryAfterBackoff(Resilience resilience) {
        this.resilience = resilience;
    }

    @Override
    public long nextDelayInMillis(Throwable cause) {
        attempt++;
        if (cause instanceof ProviderHttpException http && http.retryAfter().isPresent()) {
            return http.retryAfter().get().toMillis();
        }
        long ceiling = Math.min(resilience.maxBackoff().toMillis(),
                resilience.backoff().toMillis() << Math.min(attempt - 1, 20));
        return ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
    }
}
