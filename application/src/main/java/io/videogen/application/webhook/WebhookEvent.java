package io.videogen.application.webhook;

import io.videogen.application.port.out.WebhookDeliveries;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
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
     * The webhook that announces a video's event, if any: completed, failed and cancelled do, for a
     * video with a callback URL. The aggregate returns those only for a change from a running state
     * (queued, processing), so a finished video saved again announces nothing twice.
     *
     * @param video the video as the event left it
     */
    public static Optional<WebhookEvent> announcing(VideoEvent event, Video video) {
        Optional<String> type = typeOf(event);
        if (type.isEmpty() || video.spec().callback().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WebhookEvent(UUID.randomUUID(), type.get(), video.id(), video.owner(),
                video.spec().callback().get(), event.occurredAt()));
    }

    /** The outbox row that sends this webhook with this body. */
    public WebhookDeliveries.Scheduled delivery(String body) {
        return new WebhookDeliveries.Scheduled(id, video, owner, type, url.uri(), body);
    }

    private static Optional<String> typeOf(VideoEvent event) {
        if (event instanceof VideoEvent.VideoCompleted) {
            return Optional.of(COMPLETED);
        }
        if (event instanceof VideoEvent.VideoFailed) {
            return Optional.of(FAILED);
        }
        if (event instanceof VideoEvent.VideoCancelled) {
            return Optional.of(CANCELLED);
        }
        return Optional.empty();
    }
}
