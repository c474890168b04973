package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.MfaStore;
import io.videogen.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Second factors in {@code mfa_enrolments}, {@code mfa_recovery_codes} and {@code mfa_challenges}.
 * The TOTP secret is encrypted with the webhook secrets' key (one key kept outside the database for
 * every stored secret), bound to its account.
 */
@ApplicationScoped
class PostgresMfaStore implements MfaStore {

    private final Database database;
    private final SecretCipher cipher;

    PostgresMfaStore(Database database, WebhookSecretConfig config,
                     @ConfigProperty(name = "videogen.data-dir", defaultValue = ".videogen") Path dataDir) {
        this.database = database;
        this.cipher = SecretCipher.configured(config, dataDir);
    }

    @Override
    public Uni<Optional<Enrolment>> find(UserId user) {
        return database.read(session -> session.<Object[]>createNativeQuery("""
                        select secret, cast(extract(epoch from confirmed_at) * 1000 as bigint), last_step,
                               (select count(*) from mfa_recovery_codes c where c.user_id = e.user_id and c.used_at is null)
                        from mfa_enrolments e where user_id = :user""")
                .setParameter("user", user.value())
                .getResultList()
                .map(rows -> rows.stream().findFirst().map(row -> new Enrolment(user,
                        cipher.decrypt((String) row[0], bound(user)),
                        row[1] == null ? null : Instant.ofEpochMilli(((Number) row[1]).longValue()),
                        ((Number) row[2]).longValue(), ((Number) row[3]).intValue()))));
    }

    @Override
    public Uni<Boolean> begin(UserId user, String secret, Instant at) {
        return database.write(session -> session.createNativeQuery("""
                        insert into mfa_enrolments (user_id, secret, created_at) values (:user, :secret, :at)
                        on conflict (user_id) do update set secret = excluded.secret, created_at = excluded.created_at,
                            last_step = 0
                        where mfa_enrolments.confirmed_at is null""")
                .setParameter("user", user.value())
                .setParameter("secret", cipher.encrypt(secret, bound(user)))
                .setParameter("at", utc(at))
                .executeUpdate()).map(rows -> rows == 1);
    }

    @Override
    public Uni<Boolean> confirm(UserId user, long step, List<String> recoveryCodeHashes, Instant at) {
        return database.write(session -> session.createNativeQuery("""
                        update mfa_enrolments set confirmed_at = :at, last_step = :step
                        where user_id = :user and confirmed_at is null""")
                .setParameter("at", utc(at))
                .setParameter("step", step)
                .setParameter("user", user.value())
                .executeUpdate()
                .chain(rows -> rows != 1 ? Uni.createFrom().item(false)
                        : session.createNativeQuery("delete from mfa_recovery_codes where user_id = :user")
                        .setParameter("user", user.value()).executeUpdate()
                        .chain(() -> insertCodes(session, user, recoveryCodeHashes))
                        .replaceWith(true)));
    }

    private static Uni<Void> insertCodes(org.hibernate.reactive.mutiny.Mutiny.Session session, UserId user,
                                         List<String> hashes) {
        Uni<Void> inserts = Uni.createFrom().voidItem();
        for (String hash : hashes) {
            inserts = inserts.chain(() -> session.createNativeQuery(
                            "insert into mfa_recovery_codes (user_id, code_hash) values (:user, :hash)")
                    .setParameter("user", user.value())
                    .setParameter("hash", hash)
                    .executeUpdate()
                    .replaceWithVoid());
        }
        return inserts;
    }

    @Override
    public Uni<Boolean> useStep(UserId user, long step) {
        return database.write(session -> session.createNativeQuery("""
                        update mfa_enrolments set last_step = :step
                        where user_id = :user and confirmed_at is not null and last_step < :step""")
                .setParameter("step", step)
                .setParameter("user", user.value())
                .executeUpdate()).map(rows -> rows == 1);
    }

    @Override
    public Uni<Boolean> useRecoveryCode(UserId user, String codeHash, Instant at) {
        return database.write(session -> session.createNativeQuery("""
                        update mfa_recovery_codes set used_at = :at
                        where user_id = :user and code_hash = :hash and used_at is null""")
                .setParameter("at", utc(at))
                .setParameter("user", user.value())
                .setParameter("hash", codeHash)
                .executeUpdate()).map(rows -> rows == 1);
    }

    @Override
    public Uni<Boolean> remove(UserId user) {
        return database.write(session -> session.createNativeQuery("delete from mfa_challenges where user_id = :user")
                .setParameter("user", user.value()).executeUpdate()
                .chain(() -> session.createNativeQuery("delete from mfa_recovery_codes where user_id = :user")
                        .setParameter("user", user.value()).executeUpdate())
                .chain(() -> session.createNativeQuery("delete from mfa_enrolments where user_id = :user")
                        .setParameter("user", user.value()).executeUpdate())
                .map(rows -> rows == 1));
    }

    @Override
    public Uni<Void> addChallenge(String tokenHash, UserId user, Instant expiresAt) {
        return database.write(session -> session.createNativeQuery("""
                        insert into mfa_challenges (token_hash, user_id, expires_at) values (:hash, :user, :expires)""")
                .setParameter("hash", tokenHash)
                .setParameter("user", user.value())
                .setParameter("expires", utc(expiresAt))
                .executeUpdate()
                .chain(() -> session.createNativeQuery("delete from mfa_challenges where expires_at < :before")
                        .setParameter("before", utc(expiresAt.minusSeconds(86_400)))
                        .executeUpdate())).replaceWithVoid();
    }

    @Override
    public Uni<Optional<UserId>> findChallenge(String tokenHash, Instant now) {
        return database.read(session -> session.<String>createNativeQuery("""
                        select cast(user_id as text) from mfa_challenges
                        where token_hash = :hash and used_at is null and expires_at > :now""", String.class)
                .setParameter("hash", tokenHash)
                .setParameter("now", utc(now))
                .getResultList()
                .map(rows -> rows.stream().findFirst().map(id -> new UserId(UUID.fromString(id)))));
    }

    @Override
    public Uni<Boolean> spendChallenge(String tokenHash, Instant at) {
        return database.write(session -> session.createNativeQuery("""
                        update mfa_challenges set used_at = :at where token_hash = :hash and used_at is null""")
                .setParameter("at", utc(at))
                .setParameter("hash", tokenHash)
                .executeUpdate()).map(rows -> rows == 1);
    }

    private static String bound(UserId user) {
        return "totp:" + user.value();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
