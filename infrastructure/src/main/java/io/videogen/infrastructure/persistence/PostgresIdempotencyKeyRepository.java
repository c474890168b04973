package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.IdempotencyKeyRepository;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.VideoId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency keys in {@code idempotency_keys}. A claim is one statement: it inserts the key, or
 * takes over a row that expired (a day old) or was abandoned (claimed a minute ago and never bound
 * to a video); otherwise it reports what the row holds. Its own transaction commits at once.
 */
@ApplicationScoped
class PostgresIdempotencyKeyRepository implements IdempotencyKeyRepository {

    private final Database database;

    PostgresIdempotencyKeyRepository(Database database) {
        this.database = database;
    }

    @Override
    public Uni<Claim> claim(UserId user, String key, String fingerprint) {
        return database.write(session -> session.createNativeQuery("""
                        insert into idempotency_keys (user_id, idem_key, fingerprint, created_at)
                        values (:user, :key, :fingerprint, now())
                        on conflict (user_id, idem_key) do update
                            set fingerprint = excluded.fingerprint, video_id = null, response_body = null,
                                created_at = now()
                            where idempotency_keys.created_at < now() - interval '24 hours'
                               or (idempotency_keys.video_id is null
                                   and idempotency_keys.created_at < now() - interval '60 seconds')""")
                .setParameter("user", user.value())
                .setParameter("key", key)
                .setParameter("fingerprint", fingerprint)
                .executeUpdate()).chain(claimed -> claimed == 1 ? Uni.createFrom().item(Claim.of(State.CLAIMED))
                : existing(user, key, fingerprint));
    }

    private Uni<Claim> existing(UserId user, String key, String fingerprint) {
        return database.read(session -> session.<Object[]>createNativeQuery("""
                        select fingerprint, cast(video_id as text), response_body from idempotency_keys
                        where user_id = :user and idem_key = :key""")
                .setParameter("user", user.value())
                .setParameter("key", key)
                .getResultList()).map(rows -> {
                    if (rows.isEmpty()) {
                        // released between our insert attempt and this read: the client may simply retry
                        return Claim.of(State.IN_PROGRESS);
                    }
                    Object[] row = rows.get(0);
                    if (!fingerprint.equals(row[0])) {
                        return Claim.of(State.MISMATCH);
                    }
                    if (row[1] == null) {
                        return Claim.of(State.IN_PROGRESS);
                    }
                    return new Claim(State.DONE, Optional.of(new VideoId(UUID.fromString((String) row[1]))),
                            Optional.ofNullable((String) row[2]));
                });
    }

    @Override
    public Uni<Void> bind(UserId user, String key, VideoId video) {
        return database.write(session -> session.createNativeQuery(
                        "update idempotency_keys set video_id = :video where user_id = :user and idem_key = :key")
                .setParameter("video", video.value())
                .setParameter("user", user.value())
                .setParameter("key", key)
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Void> storeResponse(UserId user, String key, String response) {
        return database.write(session -> session.createNativeQuery("""
                        update idempotency_keys set response_body = :response
                        where user_id = :user and idem_key = :key and response_body is null""")
                .setParameter("response", response)
                .setParameter("user", user.value())
                .setParameter("key", key)
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Void> release(UserId user, String key) {
        return database.write(session -> session.createNativeQuery(
                        "delete from idempotency_keys where user_id = :user and idem_key = :key and video_id is null")
                .setParameter("user", user.value())
                .setParameter("key", key)
                .executeUpdate()).replaceWithVoid();
    }
}
