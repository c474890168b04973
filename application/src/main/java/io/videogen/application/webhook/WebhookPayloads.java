package io.videogen.application.webhook;

import io.videogen.domain.video.Video;

/**
 * Writes the body of a webhook: {@code {eventId, type, createdAt, data}} where {@code data} is the
 * video resource exactly as the REST API shows it. The REST layer owns that shape, so it
 * implements this; it is not in {@code port.out} because no infrastructure adapter could.
 */
public interface WebhookPayloads {

    /** The JSON body; {@code video} is the state the event describes. */
    String render(WebhookEvent event, Video video);
}
