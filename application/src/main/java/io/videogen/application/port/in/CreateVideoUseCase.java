package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.Video;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Accepts a video for rendering: it is saved and queued in one transaction. */
public interface CreateVideoUseCase {

    Uni<Video> create(CreateVideoCommand command);

    /**
     * Creates the video once per idempotency key of the caller: the same key with the same request
     * answers the first video (and the first response, when it was remembered); the same key with
     * another request fails with {@link IdempotencyKeyReusedException}; while the first is still
     * being handled, with {@link RequestInProgressException}. The key is bound to the video in the
     * transaction that creates it, so a crash can never make a second video for one key.
     */
    Uni<Creation> createOnce(CreateVideoCommand command, IdempotencyKey key);

    /** Keeps the response the client got for a key, so that a repeat gets the very same one. */
    Uni<Void> rememberResponse(UserId caller, IdempotencyKey key, String response);

    /**
     * @param fingerprint a digest of the request, to tell a repeat from a different request under the same key
     */
    record IdempotencyKey(String value, String fingerprint) {

        public static final int MAX_LENGTH = 255;
        private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7e]+");

        public IdempotencyKey {
            if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !PRINTABLE.matcher(value).matches()) {
                throw new InvalidValueException("Idempotency-Key", "Idempotency-Key must be 1 to " + MAX_LENGTH
                        + " visible ASCII characters, for example a UUID");
            }
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    /** The video, and whether it was made by an earlier request with the same key. */
    record Creation(Video video, boolean replayed, Optional<String> firstResponse) {
    }
}
