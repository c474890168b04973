package io.videogen.application.fakes;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class RecordingPublisher implements ProgressPublisher {

    public final List<VideoEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public Uni<Void> publish(VideoEvent event) {
        events.add(event);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Multi<VideoEvent> subscribe(VideoId videoId) {
        return Multi.createFrom().iterable(events).filter(e -> e.videoId().equals(videoId));
    }

    public <T extends VideoEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
