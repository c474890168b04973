package io.videogen.application.webhook;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.GetWebhookLogUseCase;
import io.videogen.application.port.out.WebhookDeliveries;
import io.videogen.domain.video.VideoId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The delivery log the video resource shows. */
public final class WebhookDeliveryLog implements GetWebhookLogUseCase {

    private final WebhookDeliveries deliveries;

    public WebhookDeliveryLog(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public Uni<Map<VideoId, GetWebhookLogUseCase.WebhookLog>> latestFor(Collection<VideoId> videos) {
        if (videos.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return deliveries.latestFor(videos).map(found -> {
            Map<VideoId, GetWebhookLogUseCase.WebhookLog> logs = new LinkedHashMap<>();
            found.forEach((video, log) -> logs.put(video, shown(log)));
            return logs;
        });
    }

    /** A delivery as the video resource shows it. */
    public static GetWebhookLogUseCase.WebhookLog shown(WebhookDeliveries.Log log) {
        return new GetWebhookLogUseCase.WebhookLog(log.type(), log.status().name().toLowerCase(Locale.ROOT),
                log.attempts(), log.lastResponseCode(), log.lastError(), log.lastAttemptAt(), log.nextAttemptAt());
    }
}
