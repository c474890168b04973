package io.videogen.infrastructure.events;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Delivers video events to listeners in this process. Enough when the API and the worker share one
 * process (the embedded default); a scaled deployment needs a cross-process publisher.
 */
@ApplicationScoped
class InProcessProgressPublisher implements ProgressPublisher {

    private final BroadcastProcessor<VideoEvent> events = BroadcastProcessor.create();

    @Override
    public Uni<Void> publish(VideoEvent event) {
        events.onNext(event);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Multi<VideoEvent> subscribe(VideoId videoId) {
        return events.filter(event -> event.videoId().equals(videoId));
    }
}
