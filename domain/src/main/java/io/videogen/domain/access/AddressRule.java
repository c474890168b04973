package io.videogen.domain.access;

import io.videogen.domain.shared.Guard;
import io.videogen.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An admin's rule about client addresses: for every request (no {@code user}), or for where one
 * account may sign in from. It stops counting at {@code expiresAt}, when it has one.
 */
public record AddressRule(UUID id, Cidr cidr, Action action, Optional<UserId> user, Optional<Instant> expiresAt,
                          String note, Instant createdAt) {

    public static final int MAX_NOTE = 200;

    public enum Action { ALLOW, DENY }

    public AddressRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cidr, "cidr");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
        note = note == null ? null : Guard.maxLength(note.strip(), MAX_NOTE, "note");
    }

    public boolean activeAt(Instant now) {
        return expiresAt.map(now::isBefore).orElse(true);
    }

    public boolean matches(byte[] address) {
        return cidr.contains(address);
    }
}
