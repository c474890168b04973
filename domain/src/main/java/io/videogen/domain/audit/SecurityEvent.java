package io.videogen.domain.audit;

import io.videogen.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the audit trail: what happened, to whom, from where. {@code detail} is a short
 * human sentence; it never holds a password, a token or a key, and callers build it only from
 * values that are safe to show an operator.
 *
 * @param userId  the account concerned, when one is known
 * @param subject who acted or was acted on, as an operator reads it (an email), when known
 * @param actor   the admin who acted, for admin actions
 */
public record SecurityEvent(Instant occurredAt, SecurityEventType type, Optional<UserId> userId,
                            Optional<String> subject, Optional<UserId> actor, RequestOrigin origin,
                            String detail) {

    public static final int MAX_DETAIL = 500;

    public SecurityEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(origin, "origin");
        detail = detail == null ? "" : detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
    }

    public static SecurityEvent of(Instant at, SecurityEventType type, UserId userId, String subject,
                                   RequestOrigin origin, String detail) {
        return new SecurityEvent(at, type, Optional.ofNullable(userId), Optional.ofNullable(subject),
                Optional.empty(), origin, detail);
    }

    public SecurityEvent by(UserId admin) {
        return new SecurityEvent(occurredAt, type, userId, subject, Optional.of(admin), origin, detail);
    }
}
