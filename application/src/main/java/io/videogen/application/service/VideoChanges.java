package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.application.port.out.WebhookDeliveries;
import io.videogen.application.webhook.WebhookEvent;
import io.videogen.application.webhook.WebhookPayloads;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import java.util.List;
import java.util.Optional;

/**
 * The one way a use case keeps a changed video: the events its transitions returned travel with it.
 * Inside the use case's transaction the video is stored and every event a webhook announces is
 * written to the webhook outbox, its body fixed from the video as stored (docs/adr/0008), so a
 * delivery exists exactly when its change committed; once the transaction committed, the same
 * events go to the watchers (SSE, in every process). Webhooks and live events derive from one list.
 */
public final class VideoChanges {

    private final VideoRepository videos;
    private final WebhookDeliveries outbox;
    private final WebhookPayloads payloads;
    private final ProgressPublisher publisher;

    public VideoChanges(VideoRepository videos, WebhookDeliveries outbox, WebhookPayloads payloads,
                        ProgressPublisher publisher) {
        this.videos = videos;
        this.outbox = outbox;
        this.payloads = payloads;
        this.publisher = publisher;
    }

    /** Stores a new video with the events that made it; call inside the use case's transaction. */
    public Uni<Void> add(Video video, List<VideoEvent> events) {
        return videos.add(video).call(() -> schedule(video, events));
    }

    /**
     * Stores the changed video and schedules the webhooks its events announce; call inside the use
     * case's transaction. A save from an older version fails with a stale-version error and
     * schedules nothing. Emits the video as stored.
     */
    public Uni<Video> save(Video video, List<VideoEvent> events) {
        return videos.save(video).call(stored -> schedule(stored, events));
    }

    /** Tells the events to every watcher, in order; call once the transaction committed. */
    public Uni<Void> publish(List<VideoEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (VideoEvent event : events) {
            chain = chain.call(() -> publisher.publish(event));
        }
        return chain;
    }

    private Uni<Void> schedule(Video stored, List<VideoEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (VideoEvent event : events) {
            Optional<WebhookEvent> webhook = WebhookEvent.announcing(event, stored);
            if (webhook.isPresent()) {
                chain = chain.call(() -> outbox.schedule(webhook.get().delivery(payloads.render(webhook.get(),
                        stored))));
            }
        }
        return chain;
    }
}
