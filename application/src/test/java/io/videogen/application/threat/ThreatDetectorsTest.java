package io.videogen.application.threat;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.access.AddressRules;
import io.videogen.application.fakes.FixedClock;
import io.videogen.application.fakes.InMemoryAddressRules;
import io.videogen.application.fakes.RecordingSecurityEvents;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.audit.SecurityEvent;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.audit.ThreatKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each detector fires on its pattern, and stays quiet on a normal session of the same length.
 * Thresholds are the defaults: 10 accounts, 20 unknown ids, 10 refused uploads.
 */
class ThreatDetectorsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final RequestOrigin ATTACKER = new RequestOrigin("203.0.113.66", "r");
    private static final int SESSION = 20;

    private final FixedClock clock = new FixedClock();
    private final RecordingSecurityEvents events = new RecordingSecurityEvents();
    private final List<ThreatKind> counted = new ArrayList<>();
    private final ThreatDetectors detectors = new ThreatDetectors(events, counted::add, clock,
            ThreatThresholds.defaults(), Optional.empty());

    @Test
    void credentialStuffingIsManyAccountsFailingFromOneAddress() {
        for (int i = 0; i < 10; i++) {
            loginFailed("victim-" + i + "@example.com", ATTACKER);
        }
        assertThat(counted).containsExactly(ThreatKind.CREDENTIAL_STUFFING);
        assertThat(threats()).singleElement().satisfies(event -> assertThat(event.detail())
                .contains("credential-stuffing").contains("203.0.113.66"));
    }

    @Test
    void oneAccountMistypedAgainAndAgainIsNoStuffing() {
        for (int i = 0; i < SESSION; i++) {
            loginFailed("ana@example.com", ATTACKER);
            loginFailed("user-" + i + "@example.com", new RequestOrigin("198.51.100." + i, "r"));
        }
        assertThat(counted).isEmpty();
    }

    @Test
    void aRunOf404sOnResourceIdsIsEnumeration() {
        for (int i = 0; i < SESSION; i++) {
            seen("GET", "/api/v1/videos/" + UUID.randomUUID(), 404);
        }
        assertThat(counted).containsExactly(ThreatKind.ID_ENUMERATION);
    }

    @Test
    void browsingOwnVideosAndPollingADeletedOneIsNoEnumeration() {
        for (int i = 0; i < SESSION; i++) {
            seen("GET", "/api/v1/videos/" + UUID.randomUUID(), 200);
        }
        String deleted = "/api/v1/videos/" + UUID.randomUUID() + "/events";
        for (int i = 0; i < SESSION; i++) {
            seen("GET", deleted, 404);
            seen("GET", "/api/v1/nothing-here-" + i, 404);
        }
        assertThat(counted).isEmpty();
    }

    @Test
    void aSpentRefreshTokenPresentedAgainIsAThreatAtOnce() {
        for (int i = 0; i < SESSION; i++) {
            detectors.onSecurityEvent(SecurityEvent.of(clock.now(), SecurityEventType.TOKEN_REFRESHED, null, null,
                    ATTACKER, "access token renewed")).await().atMost(PATIENCE);
        }
        assertThat(counted).isEmpty();

        detectors.onSecurityEvent(SecurityEvent.of(clock.now(), SecurityEventType.REFRESH_TOKEN_REUSED, null, null,
                ATTACKER, "reused")).await().atMost(PATIENCE);

        assertThat(counted).containsExactly(ThreatKind.REFRESH_TOKEN_REUSE);
    }

    @Test
    void manyRefusedUploadsAreAbuseAndManyGoodOnesAreNot() {
        for (int i = 0; i < 10; i++) {
            seen("POST", "/api/v1/assets", 201);
        }
        assertThat(counted).isEmpty();
        for (int i = 0; i < 10; i++) {
            seen("POST", "/api/v1/assets", i % 2 == 0 ? 415 : 413);
        }
        assertThat(counted).containsExactly(ThreatKind.UPLOAD_ABUSE);
    }

    @Test
    void aPatternSpreadOverMoreThanItsWindowIsNoThreat() {
        for (int i = 0; i < 10; i++) {
            loginFailed("victim-" + i + "@example.com", ATTACKER);
            clock.advance(Duration.ofMinutes(2));
        }
        assertThat(counted).isEmpty();
    }

    @Test
    void configuredToBlockItDeniesTheAddressForAWhile() {
        AddressRules rules = new AddressRules(new InMemoryAddressRules(), null, events, clock);
        ThreatThresholds blocking = new ThreatThresholds(10, Duration.ofMinutes(10), 20, Duration.ofMinutes(1), 10,
                Duration.ofMinutes(10), Optional.of(Duration.ofMinutes(15)));
        ThreatDetectors blocker = new ThreatDetectors(events, counted::add, clock, blocking, Optional.of(rules));
        for (int i = 0; i < 10; i++) {
            blocker.onSecurityEvent(SecurityEvent.of(clock.now(), SecurityEventType.LOGIN_FAILED, null,
                    "victim-" + i + "@example.com", ATTACKER, "wrong password")).await().atMost(PATIENCE);
        }

        assertThat(rules.refusesRequest(ATTACKER.clientAddress())).isPresent();
        assertThat(rules.refusesRequest("198.51.100.1")).isEmpty();
        clock.advance(Duration.ofMinutes(16));
        assertThat(rules.refusesRequest(ATTACKER.clientAddress())).isEmpty();
    }

    private void loginFailed(String email, RequestOrigin origin) {
        detectors.onSecurityEvent(SecurityEvent.of(clock.now(), SecurityEventType.LOGIN_FAILED, null, email, origin,
                "email or password is wrong")).await().atMost(PATIENCE);
    }

    private void seen(String method, String path, int status) {
        detectors.seen(method, path, status, ATTACKER).await().atMost(PATIENCE);
    }

    private List<SecurityEvent> threats() {
        return events.events.stream().filter(event -> event.type() == SecurityEventType.THREAT_DETECTED).toList();
    }
}
