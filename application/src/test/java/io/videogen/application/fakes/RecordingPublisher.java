package io.videogen.application.fakes;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every event and hands it to the subscribers listening when it was published. */
public final class RecordingPublisher implements ProgressPublisher {

    public final List<VideoEvent> events = new CopyOnWriteArrayList<>();
    private final BroadcastProcessor<VideoEvent> live = BroadcastProcessor.create();

    @Override
    public synchronized Uni<Void> publish(VideoEvent event) {
        events.add(event);
        live.onNext(event);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Multi<VideoEvent> subscribe(VideoId videoId) {
        return live.filter(e -> e.videoId().equals(videoId));
    }

    public <T extends VideoEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
