package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.video.VideoId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** How the newest webhook of each video went, for videos the caller was already allowed to see. */
public interface GetWebhookLogUseCase {

    Uni<Map<VideoId, WebhookLog>> latestFor(Collection<VideoId> videos);

    /**
     * @param status pending (waiting for its next attempt), delivered or failed (gave up)
     * @param event  video.completed, video.failed or video.cancelled
     */
    record WebhookLog(String event, String status, int attempts, Integer lastResponseCode, String lastError,
                      Instant lastAttemptAt, Instant nextAttemptAt) {
    }
}
