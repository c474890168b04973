package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.audit.SecurityEvent;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.UserId;
import java.util.Optional;

/**
 * The audit trail: append-only, newest first when read. Appending never fails the caller's work —
 * an adapter that cannot store an event still logs it and reports the failure itself.
 */
public interface SecurityEventLog {

    Uni<Void> append(SecurityEvent event);

    Uni<Page<SecurityEvent>> list(Optional<UserId> user, Optional<SecurityEventType> type, PageRequest page);
}
