package io.videogen.infrastructure.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.port.out.TokenBuckets;
import io.videogen.application.port.out.TokenBuckets.Decision;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The in-process fallbacks keep the same rules as the Redis scripts, on a clock the test moves. */
class InProcessAbuseLimitsTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void aBucketGrantsItsCapacityThenRefusesUntilATokenIsBack() {
        InProcessTokenBuckets buckets = new InProcessTokenBuckets(nanos::get);
        TokenBuckets.Limit limit = new TokenBuckets.Limit(2, 60);

        assertThat(buckets.take("k", limit).await().atMost(Duration.ofSeconds(30)).allowed()).isTrue();
        assertThat(buckets.take("k", limit).await().atMost(Duration.ofSeconds(30)).allowed()).isTrue();
        Decision refused = buckets.take("k", limit).await().atMost(Duration.ofSeconds(30));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(buckets.take("k", limit).await().atMost(Duration.ofSeconds(30)).allowed()).isTrue();
        assertThat(buckets.take("other", limit).await().atMost(Duration.ofSeconds(30)).allowed()).isTrue();
    }

    @Test
    void failuresLockAKeyOutForTheLockoutThenItEnds() {
        InProcessSignInAttempts attempts = new InProcessSignInAttempts(nanos::get);
        Duration window = Duration.ofMinutes(1);
        Duration lockout = Duration.ofSeconds(30);

        assertThat(attempts.recordFailure("k", 2, window, lockout).await().atMost(Duration.ofSeconds(30))).isEmpty();
        assertThat(attempts.recordFailure("k", 2, window, lockout).await().atMost(Duration.ofSeconds(30))).contains(lockout);
        assertThat(attempts.lockedFor("k").await().atMost(Duration.ofSeconds(30))).contains(lockout);

        nanos.addAndGet(lockout.toNanos());
        assertThat(attempts.lockedFor("k").await().atMost(Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowStartANewCount() {
        InProcessSignInAttempts attempts = new InProcessSignInAttempts(nanos::get);
        Duration window = Duration.ofMinutes(1);

        attempts.recordFailure("k", 2, window, Duration.ofSeconds(30)).await().atMost(Duration.ofSeconds(30));
        nanos.addAndGet(window.toNanos());

        assertThat(attempts.recordFailure("k", 2, window, Duration.ofSeconds(30)).await().atMost(Duration.ofSeconds(30))).isEmpty();
        assertThat(attempts.lockedFor("k").await().atMost(Duration.ofSeconds(30))).isEmpty();
    }
}
