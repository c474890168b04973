package io.videogen.application.threat;

import io.smallrye.mutiny.Uni;
import io.videogen.application.access.AddressRules;
import io.videogen.application.port.in.ObserveRequestsUseCase;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.SecurityEventLog;
import io.videogen.application.port.out.ThreatCounter;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.audit.SecurityEvent;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.audit.ThreatKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches the security events and the request stream of this instance for attack patterns; each
 * raises a {@code THREAT_DETECTED} security event, counts in {@code videogen_threats_total{kind}} and,
 * when configured, denies the address for a while. Counting is per instance (a pattern split across
 * instances by a load balancer needs the thresholds divided by their number).
 */
public final class ThreatDetectors implements ObserveRequestsUseCase {

    private static final Pattern RESOURCE_ID = Pattern.compile(
            "^/api/v1/[a-z-]+/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/.*)?$");
    private static final int MAX_KEYS = 10_000;

    private final SecurityEventLog audit;
    private final ThreatCounter counter;
    private final Clock clock;
    private final ThreatThresholds thresholds;
    private final Optional<AddressRules> blocker;
    private final SlidingWindow failedAccounts;
    private final SlidingWindow missingIds;
    private final SlidingWindow refusedUploads;

    /** @param blocker where temporary deny rules go; empty when {@code thresholds.blockFor()} is unset */
    public ThreatDetectors(SecurityEventLog audit, ThreatCounter counter, Clock clock, ThreatThresholds thresholds,
                           Optional<AddressRules> blocker) {
        this.audit = audit;
        this.counter = counter;
        this.clock = clock;
        this.thresholds = thresholds;
        this.blocker = blocker;
        this.failedAccounts = new SlidingWindow(thresholds.stuffingWindow(), MAX_KEYS);
        this.missingIds = new SlidingWindow(thresholds.enumerationWindow(), MAX_KEYS);
        this.refusedUploads = new SlidingWindow(thresholds.uploadWindow(), MAX_KEYS);
    }

    /** Called with every security event the audit trail records. */
    public Uni<Void> onSecurityEvent(SecurityEvent event) {
        if (event.type() == SecurityEventType.REFRESH_TOKEN_REUSED) {
            return raise(ThreatKind.REFRESH_TOKEN_REUSE, event.origin(), event,
                    "a spent refresh token was presented again");
        }
        if (event.type() == SecurityEventType.LOGIN_FAILED && event.subject().isPresent()) {
            String address = event.origin().clientAddress();
            int accounts = failedAccounts.add(address, event.subject().get(), event.occurredAt());
            if (accounts >= thresholds.stuffingAccounts()) {
                failedAccounts.forget(address);
                return raise(ThreatKind.CREDENTIAL_STUFFING, event.origin(), null, "sign-ins failed for " + accounts
                        + " different accounts within " + thresholds.stuffingWindow().toMinutes() + " minutes");
            }
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> seen(String method, String path, int status, RequestOrigin origin) {
        Instant now = clock.now();
        String address = origin.clientAddress();
        if (status == 404) {
            Matcher id = RESOURCE_ID.matcher(path);
            if (id.matches() && missingIds.add(address, id.group(1).toLowerCase(), now)
                    >= thresholds.enumerationMisses()) {
                missingIds.forget(address);
                return raise(ThreatKind.ID_ENUMERATION, origin, null, thresholds.enumerationMisses()
                        + " unknown resource ids asked for within " + thresholds.enumerationWindow().toSeconds() + " s");
            }
        }
        if ("POST".equals(method) && path.equals("/api/v1/assets") && (status == 400 || status == 413 || status == 415)
                && refusedUploads.add(address, now.toString() + status, now) >= thresholds.uploadRefusals()) {
            refusedUploads.forget(address);
            return raise(ThreatKind.UPLOAD_ABUSE, origin, null, thresholds.uploadRefusals()
                    + " uploads refused within " + thresholds.uploadWindow().toMinutes() + " minutes");
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> raise(ThreatKind kind, RequestOrigin origin, SecurityEvent cause, String detail) {
        counter.detected(kind);
        SecurityEvent event = new SecurityEvent(clock.now(), SecurityEventType.THREAT_DETECTED,
                cause == null ? Optional.empty() : cause.userId(), cause == null ? Optional.empty() : cause.subject(),
                Optional.empty(), origin, kind.label() + " from " + origin.clientAddress() + ": " + detail);
        Uni<Void> recorded = audit.append(event).onFailure().recoverWithNull().replaceWithVoid();
        if (blocker.isEmpty() || thresholds.blockFor().isEmpty() || kind == ThreatKind.REFRESH_TOKEN_REUSE) {
            return recorded;
        }
        return recorded.chain(() -> blocker.get().denyFor(origin.clientAddress(), thresholds.blockFor().get(),
                        "threat detection: " + kind.label()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
