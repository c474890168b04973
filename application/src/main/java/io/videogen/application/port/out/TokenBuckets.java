package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import java.time.Duration;

/**
 * Token buckets shared by every instance of the service: each key holds up to {@code capacity}
 * tokens and regains {@code perMinute} tokens a minute; a request takes one. Taking is atomic, so
 * two instances racing for the last token cannot both get it.
 */
public interface TokenBuckets {

    Uni<Decision> take(String key, Limit limit);

    record Limit(int capacity, int perMinute) {

        public Limit {
            if (capacity < 1 || perMinute < 1) {
                throw new IllegalArgumentException("a bucket needs a capacity and a refill rate of at least 1, not "
                        + capacity + " and " + perMinute + " a minute");
            }
        }
    }

    /** @param retryAfter how long until a token is back, zero when this one was granted */
    record Decision(boolean allowed, long remaining, Duration retryAfter) {

        public static Decision granted(long remaining) {
            return new Decision(true, remaining, Duration.ZERO);
        }

        public static Decision refused(Duration retryAfter) {
            return new Decision(false, 0, retryAfter);
        }
    }
}
