package io.videogen.bootstrap.worker;

import io.smallrye.mutiny.subscription.Cancellable;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What this test process hears of videos rendered in other processes (LISTEN/NOTIFY), per video. */
final class EventsHeard {

    private final Map<VideoId, List<VideoEvent>> heard = new ConcurrentHashMap<>();
    private final List<Cancellable> listening = new CopyOnWriteArrayList<>();

    void listen(ProgressPublisher publisher, VideoId id) {
        List<VideoEvent> events = new CopyOnWriteArrayList<>();
        heard.put(id, events);
        listening.add(publisher.subscribe(id).subscribe().with(events::add));
    }

    /** The events heard of the video so far. */
    List<VideoEvent> get(VideoId id) {
        return heard.get(id);
    }

    long completed(VideoId id) {
        return heard.get(id).stream().filter(event -> event instanceof VideoEvent.VideoCompleted).count();
    }

    void stop() {
        listening.forEach(Cancellable::cancel);
    }
}
