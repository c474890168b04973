package io.videogen.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.videogen.application.fakes.CountingSignInAttempts;
import io.videogen.application.fakes.FixedClock;
import io.videogen.application.fakes.RecordingSecurityEvents;
import io.videogen.application.port.in.LimitRequestsUseCase.RouteGroup;
import io.videogen.application.port.in.RateLimitedException;
import io.videogen.application.port.out.TokenBuckets;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.user.Email;
import io.videogen.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which bucket a request takes from, and when failed sign-ins lock sign-in out. */
class AbuseLimitRulesTest {

    private static final RequestOrigin FROM = new RequestOrigin("203.0.113.7", "req-1");
    private static final Email ANA = new Email("ana@example.com");

    private final List<String> keys = new ArrayList<>();
    private final TokenBuckets grantAll = (key, limit) -> {
        keys.add(key);
        return Uni.createFrom().item(TokenBuckets.Decision.granted(limit.capacity()));
    };
    private final TokenBuckets refuseAll = (key, limit) -> Uni.createFrom()
            .item(TokenBuckets.Decision.refused(Duration.ofMillis(1500)));
    private final TokenBuckets.Limit limit = new TokenBuckets.Limit(5, 10);

    @Test
    void signedInRequestsCountPerUserAndAnonymousOnesPerAddress() {
        RequestRateLimiter limiter = new RequestRateLimiter(grantAll, Map.of(RouteGroup.READ, limit,
                RouteGroup.CREATE_VIDEO, limit));
        UserId ana = UserId.random();

        limiter.admit(RouteGroup.READ, Optional.of(ana), "203.0.113.7").await().atMost(Duration.ofSeconds(30));
        limiter.admit(RouteGroup.READ, Optional.empty(), "203.0.113.7").await().atMost(Duration.ofSeconds(30));
        limiter.admit(RouteGroup.CREATE_VIDEO, Optional.of(ana), "203.0.113.7").await().atMost(Duration.ofSeconds(30));

        assertThat(keys).containsExactly("rate:read:user:" + ana, "rate:read:address:203.0.113.7",
                "rate:create-video:user:" + ana);
    }

    @Test
    void signInRoutesAlwaysCountPerAddress() {
        RequestRateLimiter limiter = new RequestRateLimiter(grantAll, Map.of(RouteGroup.AUTH, limit));

        limiter.admit(RouteGroup.AUTH, Optional.of(UserId.random()), "198.51.100.1").await().atMost(Duration.ofSeconds(30));

        assertThat(keys).containsExactly("rate:auth:address:198.51.100.1");
    }

    @Test
    void aGroupWithoutALimitIsNotLimited() {
        TokenBuckets refusingAndRecording = (key, limit) -> {
            keys.add(key);
            return Uni.createFrom().item(TokenBuckets.Decision.refused(Duration.ofMillis(1500)));
        };
        RequestRateLimiter limiter = new RequestRateLimiter(refusingAndRecording, Map.of());

        assertThat(limiter.admit(RouteGroup.WRITE, Optional.empty(), "198.51.100.1").await()
                .atMost(Duration.ofSeconds(5))).as("admitted").isNull();
        assertThat(keys).as("no bucket is asked").isEmpty();
    }

    @Test
    void anEmptyBucketIsRateLimitedWithTheWaitRoundedUpToWholeSeconds() {
        RequestRateLimiter limiter = new RequestRateLimiter(refuseAll, Map.of(RouteGroup.CREATE_VIDEO, limit));

        assertThatThrownBy(() -> limiter.admit(RouteGroup.CREATE_VIDEO, Optional.of(UserId.random()), "x")
                .await().atMost(Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.code()).isEqualTo("RATE_LIMITED");
                    assertThat(e.retryAfterSeconds()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("new videos", "retry after 2 seconds");
                });
    }

    @Test
    void theFailureThatReachesTheThresholdLocksTheAccountAndIsAudited() {
        RecordingSecurityEvents events = new RecordingSecurityEvents();
        CountingSignInAttempts attempts = new CountingSignInAttempts();
        SignInThrottle throttle = throttle(attempts, events);

        for (int i = 0; i < 3; i++) {
            throttle.failed(ANA, FROM, "email or password is wrong").await().atMost(Duration.ofSeconds(30));
        }

        assertThat(events.types()).containsExactly(SecurityEventType.LOGIN_FAILED, SecurityEventType.LOGIN_FAILED,
                SecurityEventType.LOGIN_FAILED, SecurityEventType.ACCOUNT_LOCKED_OUT);
        assertThatThrownBy(() -> throttle.admit(ANA, new RequestOrigin("198.51.100.9", "req-2"))
                .await().atMost(Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.getMessage()).contains("this account");
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15));
                });
        assertThat(events.types()).last().isEqualTo(SecurityEventType.LOGIN_THROTTLED);
    }

    @Test
    void theAttemptStoreNeverSeesTheEmail() {
        CountingSignInAttempts attempts = new CountingSignInAttempts();
        throttle(attempts, new RecordingSecurityEvents()).failed(ANA, FROM, "wrong").await().atMost(Duration.ofSeconds(30));

        assertThat(attempts.failures.keySet()).hasSize(2).noneMatch(key -> key.contains("ana"))
                .contains("signin:address:203.0.113.7");
    }

    @Test
    void anAddressWithTooManyFailuresIsLockedForEveryAccount() {
        RecordingSecurityEvents events = new RecordingSecurityEvents();
        SignInThrottle throttle = throttle(new CountingSignInAttempts(), events);

        for (int i = 0; i < 5; i++) {
            throttle.failed(new Email("user" + i + "@example.com"), FROM, "wrong").await().atMost(Duration.ofSeconds(30));
        }

        assertThat(events.types()).contains(SecurityEventType.ADDRESS_LOCKED_OUT);
        assertThatThrownBy(() -> throttle.admit(ANA, FROM).await().atMost(Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.getMessage()).contains("your address"));
        List<SecurityEventType> before = events.types();

        assertThat(throttle.admit(ANA, new RequestOrigin("198.51.100.9", "req-3")).await()
                .atMost(Duration.ofSeconds(30))).as("the same account is admitted from another address").isNull();
        assertThat(events.types()).as("and that admission throttles nothing").isEqualTo(before);
    }

    @Test
    void aSuccessfulSignInOrAnUnlockForgetsTheAccountsFailures() {
        CountingSignInAttempts attempts = new CountingSignInAttempts();
        SignInThrottle throttle = throttle(attempts, new RecordingSecurityEvents());
        for (int i = 0; i < 3; i++) {
            throttle.failed(ANA, FROM, "wrong").await().atMost(Duration.ofSeconds(30));
        }

        assertThat(attempts.locks).as("the account is locked").hasSize(1);

        throttle.release(ANA).await().atMost(Duration.ofSeconds(5));

        assertThat(attempts.locks).as("the account's lock is gone").isEmpty();
        assertThat(attempts.failures).as("only the address's failures are left")
                .containsOnlyKeys("signin:address:203.0.113.7");
        assertThat(throttle.admit(ANA, new RequestOrigin("198.51.100.9", "req-4")).await()
                .atMost(Duration.ofSeconds(5))).as("admitted").isNull();
    }

    private static SignInThrottle throttle(CountingSignInAttempts attempts, RecordingSecurityEvents events) {
        return new SignInThrottle(attempts, new AuditTrail(events, new FixedClock()),
                new LockoutPolicy(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(15)));
    }
}
