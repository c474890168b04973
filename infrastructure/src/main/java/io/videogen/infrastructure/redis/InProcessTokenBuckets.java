package io.videogen.infrastructure.redis;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.TokenBuckets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The same buckets as {@link RedisTokenBuckets}, in this process only: the fallback when no Redis
 * is configured (and the embedded one is switched off). Limits then hold per instance, not across
 * a scaled deployment.
 */
final class InProcessTokenBuckets implements TokenBuckets {

    private static final int PRUNE_ABOVE = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    InProcessTokenBuckets() {
        this(System::nanoTime);
    }

    InProcessTokenBuckets(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public Uni<Decision> take(String key, Limit limit) {
        if (buckets.size() > PRUNE_ABOVE) {
            long now = nanoTime.getAsLong();
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        Bucket bucket = buckets.computeIfAbsent(key, ignored -> new Bucket(limit, nanoTime.getAsLong()));
        return Uni.createFrom().item(bucket.take(limit, nanoTime.getAsLong()));
    }

    private static final class Bucket {
        private double tokens;
        private long at;
        private final double capacity;
        private final double perNano;

        Bucket(Limit limit, long now) {
            this.capacity = limit.capacity();
            this.perNano = limit.perMinute() / (double) Duration.ofMinutes(1).toNanos();
            this.tokens = capacity;
            this.at = now;
        }

        synchronized Decision take(Limit limit, long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Decision.granted((long) tokens);
            }
            return Decision.refused(Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano)));
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > at) {
                tokens = Math.min(capacity, tokens + (now - at) * perNano);
                at = now;
            }
        }
    }
}
