package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.SecurityEventLog;
import io.videogen.domain.audit.SecurityEvent;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps appended security events in order. */
public final class RecordingSecurityEvents implements SecurityEventLog {

    public final List<SecurityEvent> events = new ArrayList<>();

    @Override
    public synchronized Uni<Void> append(SecurityEvent event) {
        events.add(event);
        return Uni.createFrom().voidItem();
    }

    @Override
    public synchronized Uni<Page<SecurityEvent>> list(Optional<UserId> user, Optional<SecurityEventType> type,
                                                      PageRequest page) {
        List<SecurityEvent> found = events.stream()
                .filter(e -> user.isEmpty() || e.userId().equals(user))
                .filter(e -> type.isEmpty() || e.type() == type.get())
                .toList();
        return Uni.createFrom().item(new Page<>(found, page, found.size()));
    }

    public synchronized List<SecurityEventType> types() {
        return events.stream().map(SecurityEvent::type).toList();
    }
}
