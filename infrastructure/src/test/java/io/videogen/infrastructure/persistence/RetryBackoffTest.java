package io.videogen.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private static final Duration BASE = Duration.ofSeconds(2);
    private static final Duration CAP = Duration.ofMinutes(5);

    @Test
    void delaysDoubleWithEachAttemptWithHalfOfEachDelayRandom() {
        RetryBackoff shortest = new RetryBackoff(BASE, CAP, 10, () -> 0.0);
        RetryBackoff longest = new RetryBackoff(BASE, CAP, 10, () -> 0.999_999);

        assertThat(shortest.delayAfter(1)).contains(Duration.ofSeconds(1));
        assertThat(longest.delayAfter(1).orElseThrow()).isBetween(Duration.ofMillis(1999), Duration.ofSeconds(2));
        assertThat(shortest.delayAfter(3)).contains(Duration.ofSeconds(4));
        assertThat(longest.delayAfter(3).orElseThrow()).isBetween(Duration.ofMillis(7999), Duration.ofSeconds(8));
    }

    @Test
    void delaysNeverExceedTheCapHoweverManyAttempts() {
        RetryBackoff backoff = new RetryBackoff(BASE, CAP, 1000, () -> 0.999_999);

        assertThat(backoff.delayAfter(9).orElseThrow()).isLessThanOrEqualTo(CAP);
        assertThat(backoff.delayAfter(999).orElseThrow()).isLessThanOrEqualTo(CAP).isGreaterThan(CAP.dividedBy(2));
    }

    @Test
    void givesUpOnceTheLastAllowedAttemptFailed() {
        RetryBackoff backoff = new RetryBackoff(BASE, CAP, 5, () -> 0.5);

        assertThat(backoff.delayAfter(4)).isPresent();
        assertThat(backoff.delayAfter(5)).isEmpty();
    }
}
