package io.videogen.presentation.rest.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.videogen.application.webhook.WebhookEvent;
import io.videogen.application.webhook.WebhookPayloads;
import io.videogen.domain.video.Video;
import io.videogen.presentation.rest.video.VideoResponse;
import io.videogen.presentation.rest.video.VideoResponses;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Webhook bodies written with the API's own JSON settings and video mapper, so {@code data} is the
 * video resource as {@code GET /api/v1/videos/{id}} shows it (without the webhook log, which the
 * receiver is reading).
 */
@ApplicationScoped
public class JsonWebhookPayloads implements WebhookPayloads {

    private final VideoResponses responses;
    private final ObjectMapper json;

    public JsonWebhookPayloads(VideoResponses responses, ObjectMapper json) {
        this.responses = responses;
        this.json = json;
    }

    @Override
    public String render(WebhookEvent event, Video video) {
        try {
            return json.writeValueAsString(new WebhookBody(event.id(), event.type(), event.createdAt(),
                    responses.detailed(video, null)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the webhook of video " + video.id(), e);
        }
    }

    /** The body of every webhook. */
    public record WebhookBody(UUID eventId, String type, Instant createdAt, VideoResponse data) {
    }
}
