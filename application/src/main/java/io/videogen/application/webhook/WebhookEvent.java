package io.videogen.application.webhook;

import io.videogen.domain.user.UserId;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A webhook to send: a video with a callback URL reached a final state. Its id is the
 * {@code eventId} receivers use to drop a repeated delivery.
 */
public record WebhookEvent(UUID id, String type, VideoId video, UserId owner, CallbackUrl url, Instant createdAt) {

    public static final String COMPLETED = "video.completed";
    public static final String FAILED = "video.failed";
    public static final String CANCELLED = "video.cancelled";

    public WebhookEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * The webhook a save causes, if any: only the change from a running state (queued, processing)
     * to a final one counts, so saving a finished video again sends nothing twice.
     */
    public static Optional<WebhookEvent> forTransition(VideoStatus before, Video after, UUID id) {
        if (before.isFinal() || !after.status().isFinal() || after.spec().callback().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WebhookEvent(id, typeOf(after.status()), after.id(), after.owner(),
                after.spec().callback().get(), after.updatedAt()));
    }

    private static String typeOf(VideoStatus status) {
        switch (status) {
            case COMPLETED:
                return COMPLETED;
            case FAILED:
                return FAILED;
            case CANCELLED:
                return CANCELLED;
            default:
                throw new IllegalArgumentException("no webhook for a video that is " + status.label());
        }
    }
}
