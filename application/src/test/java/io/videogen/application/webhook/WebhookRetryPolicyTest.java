package io.videogen.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookRetryPolicyTest {

    private static final Duration BASE = Duration.ofSeconds(10);
    private static final Duration CAP = Duration.ofMinutes(2);

    @Test
    void theWaitDoublesWithEveryFailedAttemptUpToTheCap() {
        WebhookRetryPolicy longest = new WebhookRetryPolicy(BASE, CAP, 10, () -> 1.0);

        assertThat(longest.delayAfter(1)).contains(Duration.ofSeconds(10));
        assertThat(longest.delayAfter(2)).contains(Duration.ofSeconds(20));
        assertThat(longest.delayAfter(3)).contains(Duration.ofSeconds(40));
        assertThat(longest.delayAfter(4)).contains(Duration.ofSeconds(80));
        assertThat(longest.delayAfter(5)).contains(CAP);
        assertThat(longest.delayAfter(9)).contains(CAP);
    }

    @Test
    void jitterKeepsTheWaitInTheUpperHalf() {
        WebhookRetryPolicy shortest = new WebhookRetryPolicy(BASE, CAP, 10, () -> 0.0);
        WebhookRetryPolicy middle = new WebhookRetryPolicy(BASE, CAP, 10, () -> 0.5);

        assertThat(shortest.delayAfter(3)).contains(Duration.ofSeconds(20));
        assertThat(middle.delayAfter(3)).contains(Duration.ofSeconds(30));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        WebhookRetryPolicy policy = new WebhookRetryPolicy(BASE, CAP, 3, () -> 0.5);

        assertThat(policy.delayAfter(2)).isPresent();
        assertThat(policy.delayAfter(3)).isEqualTo(Optional.empty());
    }

    @Test
    void refusesAPolicyThatNeverWaitsOrNeverTries() {
        assertThatThrownBy(() -> new WebhookRetryPolicy(Duration.ZERO, CAP, 3, () -> 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookRetryPolicy(BASE, CAP, 0, () -> 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
