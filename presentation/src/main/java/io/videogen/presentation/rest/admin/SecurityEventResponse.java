package io.videogen.presentation.rest.admin;

import io.videogen.domain.audit.SecurityEvent;
import io.videogen.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SecurityEvent")
public record SecurityEventResponse(Instant occurredAt, String type, UUID userId, String subject, UUID actorId,
                                    String clientAddress, String requestId, String detail) {

    static SecurityEventResponse of(SecurityEvent event) {
        return new SecurityEventResponse(event.occurredAt(), event.type().name(),
                event.userId().map(UserId::value).orElse(null), event.subject().orElse(null),
                event.actor().map(UserId::value).orElse(null), event.origin().clientAddress(),
                event.origin().requestId(), event.detail());
    }
}
