package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.RefreshTokenRepository;
import io.videogen.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens in {@code refresh_tokens}, by native SQL in the caller's transaction. */
@ApplicationScoped
class PostgresRefreshTokenRepository implements RefreshTokenRepository {

    private final Database database;

    PostgresRefreshTokenRepository(Database database) {
        this.database = database;
    }

    @Override
    public Uni<Void> add(StoredRefreshToken token) {
        return database.write(session -> session.createNativeQuery("""
                        insert into refresh_tokens (token_hash, family_id, user_id, issued_at, expires_at)
                        values (:hash, :family, :user, :issued, :expires)""")
                .setParameter("hash", token.tokenHash())
                .setParameter("family", token.familyId())
                .setParameter("user", token.userId().value())
                .setParameter("issued", utc(token.issuedAt()))
                .setParameter("expires", utc(token.expiresAt()))
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Optional<StoredRefreshToken>> findByHash(String tokenHash) {
        return database.read(session -> session.<Object[]>createNativeQuery("""
                        select token_hash, cast(family_id as text), cast(user_id as text),
                               cast(extract(epoch from issued_at) * 1000 as bigint),
                               cast(extract(epoch from expires_at) * 1000 as bigint),
                               cast(extract(epoch from used_at) * 1000 as bigint),
                               cast(extract(epoch from revoked_at) * 1000 as bigint)
                        from refresh_tokens where token_hash = :hash""")
                .setParameter("hash", tokenHash)
                .getResultList()
                .map(rows -> rows.stream().findFirst().map(PostgresRefreshTokenRepository::token)));
    }

    /** Only the first of two concurrent refreshes with one token flips used_at; the other sees zero rows. */
    @Override
    public Uni<Boolean> markUsed(String tokenHash, Instant at) {
        return database.write(session -> session.createNativeQuery(
                        "update refresh_tokens set used_at = :at where token_hash = :hash and used_at is null")
                .setParameter("at", utc(at))
                .setParameter("hash", tokenHash)
                .executeUpdate()).map(rows -> rows == 1);
    }

    @Override
    public Uni<Void> revokeFamily(UUID familyId, Instant at) {
        return database.write(session -> session.createNativeQuery(
                        "update refresh_tokens set revoked_at = :at where family_id = :family and revoked_at is null")
                .setParameter("at", utc(at))
                .setParameter("family", familyId)
                .executeUpdate()).replaceWithVoid();
    }

    private static StoredRefreshToken token(Object[] row) {
        return new StoredRefreshToken((String) row[0], UUID.fromString((String) row[1]),
                new UserId(UUID.fromString((String) row[2])), instant(row[3]), instant(row[4]), instant(row[5]),
                instant(row[6]));
    }

    private static Instant instant(Object millis) {
        return millis == null ? null : Instant.ofEpochMilli(((Number) millis).longValue());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
