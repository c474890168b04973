package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.IdempotencyKeyRepository;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.VideoId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Idempotency keys in a map, with the repository's claim rules (no expiry). */
public final class InMemoryIdempotencyKeys implements IdempotencyKeyRepository {

    private record Row(String fingerprint, VideoId video, String response) {
    }

    private final Map<String, Row> rows = new ConcurrentHashMap<>();

    @Override
    public Uni<Claim> claim(UserId user, String key, String fingerprint) {
        Row existing = rows.putIfAbsent(user + "/" + key, new Row(fingerprint, null, null));
        if (existing == null) {
            return Uni.createFrom().item(Claim.of(State.CLAIMED));
        }
        if (!existing.fingerprint().equals(fingerprint)) {
            return Uni.createFrom().item(Claim.of(State.MISMATCH));
        }
        if (existing.video() == null) {
            return Uni.createFrom().item(Claim.of(State.IN_PROGRESS));
        }
        return Uni.createFrom().item(new Claim(State.DONE, Optional.of(existing.video()),
                Optional.ofNullable(existing.response())));
    }

    @Override
    public Uni<Void> bind(UserId user, String key, VideoId video) {
        rows.computeIfPresent(user + "/" + key, (k, row) -> new Row(row.fingerprint(), video, null));
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> storeResponse(UserId user, String key, String response) {
        rows.computeIfPresent(user + "/" + key, (k, row) -> new Row(row.fingerprint(), row.video(), response));
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> release(UserId user, String key) {
        rows.computeIfPresent(user + "/" + key, (k, row) -> row.video() == null ? null : row);
        return Uni.createFrom().voidItem();
    }
}
