package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.VideoId;
import java.util.Optional;

/**
 * Idempotency keys per user. A claim is committed on its own, before the work, so concurrent
 * requests with one key see it; keys expire after a day, and a claim whose work never finished
 * (the process died) may be taken over after a minute.
 */
public interface IdempotencyKeyRepository {

    Uni<Claim> claim(UserId user, String key, String fingerprint);

    /** Binds the key to the video; called in the transaction that creates the video. */
    Uni<Void> bind(UserId user, String key, VideoId video);

    Uni<Void> storeResponse(UserId user, String key, String response);

    /** Gives up a claim whose work failed, so the key can be used again. */
    Uni<Void> release(UserId user, String key);

    enum State { CLAIMED, IN_PROGRESS, MISMATCH, DONE }

    /** What a claim found: for DONE, the video the key made and the response remembered for it. */
    record Claim(State state, Optional<VideoId> video, Optional<String> response) {

        public static Claim of(State state) {
            return new Claim(state, Optional.empty(), Optional.empty());
        }
    }
}
