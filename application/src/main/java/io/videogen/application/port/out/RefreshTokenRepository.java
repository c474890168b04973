package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens, stored only as hashes. Tokens handed out one after another from one sign-in form
 * a family; reuse of a spent token revokes the family, as the thief and the owner cannot be told apart.
 */
public interface RefreshTokenRepository {

    Uni<Void> add(StoredRefreshToken token);

    Uni<Optional<StoredRefreshToken>> findByHash(String tokenHash);

    /** Marks a token spent; false when it already was (a concurrent refresh won), so the caller treats it as reuse. */
    Uni<Boolean> markUsed(String tokenHash, Instant at);

    Uni<Void> revokeFamily(UUID familyId, Instant at);

    record StoredRefreshToken(String tokenHash, UUID familyId, UserId userId, Instant issuedAt, Instant expiresAt,
                              Instant usedAt, Instant revokedAt) {
    }
}
