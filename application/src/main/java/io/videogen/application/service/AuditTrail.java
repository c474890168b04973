package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.AuditTrailUseCase;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.SecurityEventLog;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.audit.SecurityEvent;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.UserId;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes security events for the other services and for the inbound side, and lets admins read
 * them. Recording never fails the work that is being recorded.
 */
public final class AuditTrail implements AuditTrailUseCase {

    private final SecurityEventLog log;
    private final Clock clock;
    private final Function<SecurityEvent, Uni<Void>> observer;

    public AuditTrail(SecurityEventLog log, Clock clock) {
        this(log, clock, event -> Uni.createFrom().voidItem());
    }

    /** @param observer hears every recorded event after it is stored (the threat detectors) */
    public AuditTrail(SecurityEventLog log, Clock clock, Function<SecurityEvent, Uni<Void>> observer) {
        this.log = log;
        this.clock = clock;
        this.observer = observer;
    }

    Uni<Void> record(SecurityEventType type, UserId user, String subject, RequestOrigin origin, String detail) {
        return record(SecurityEvent.of(clock.now(), type, user, subject, origin, detail));
    }

    Uni<Void> record(SecurityEvent event) {
        return log.append(event).onFailure().recoverWithNull().replaceWithVoid()
                .call(() -> observer.apply(event).onFailure().recoverWithNull());
    }

    SecurityEvent event(SecurityEventType type, UserId user, String subject, RequestOrigin origin, String detail) {
        return SecurityEvent.of(clock.now(), type, user, subject, origin, detail);
    }

    @Override
    public Uni<Void> accessDenied(UserId user, String what, RequestOrigin origin) {
        return record(SecurityEventType.ACCESS_DENIED, user, null, origin, what);
    }

    @Override
    public Uni<Void> tokenRejected(String what, RequestOrigin origin) {
        return record(SecurityEventType.ACCESS_TOKEN_REJECTED, null, null, origin, what);
    }

    @Override
    public Uni<Page<SecurityEvent>> list(Caller caller, Optional<UserId> user, Optional<SecurityEventType> type,
                                         PageRequest page) {
        if (!caller.seesEverything()) {
            throw new PermissionDeniedException("only admins read the audit trail");
        }
        return log.list(user, type, page);
    }
}
