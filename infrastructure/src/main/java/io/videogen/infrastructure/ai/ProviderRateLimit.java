package io.videogen.infrastructure.ai;

import io.videogen.application.port.out.TokenBuckets;
import java.time.Duration;
import java.util.Optional;

/**
 * The operator's limit of requests a minute to one provider, shared by every instance through the
 * token buckets (Redis when there is one), so a fleet never sends a vendor more than its plan
 * allows. Every attempt, retries included, takes a token; with none left the attempt fails like a
 * 429 with the wait until the next token, which the retry waits out or the chain moves past.
 */
public final class ProviderRateLimit {

    public static final ProviderRateLimit NONE = new ProviderRateLimit(null, "", Optional.empty());
    private static final Duration DECISION_WAIT = Duration.ofSeconds(5);

    private final TokenBuckets buckets;
    private final String provider;
    private final Optional<TokenBuckets.Limit> limit;

    public ProviderRateLimit(TokenBuckets buckets, String provider, Optional<Integer> requestsPerMinute) {
        this.buckets = buckets;
        this.provider = provider;
        this.limit = requestsPerMinute.map(perMinute -> new TokenBuckets.Limit(perMinute, perMinute));
    }

    /** Takes a token for one attempt, or fails with a {@link ProviderHttpException} 429 saying when to retry. */
    public void admit() {
        if (limit.isEmpty()) {
            return;
        }
        TokenBuckets.Decision decision = buckets.take("provider:" + provider, limit.get()).await()
                .atMost(DECISION_WAIT);
        if (!decision.allowed()) {
            throw new ProviderHttpException(429, decision.retryAfter(), "videogen's own limit of "
                    + limit.get().perMinute() + " requests a minute to this provider is used up", null);
        }
    }
}
