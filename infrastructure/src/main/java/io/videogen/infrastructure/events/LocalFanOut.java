package io.videogen.infrastructure.events;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands video events to the listeners in this process. Events arrive from several threads at once
 * (renders, requests, the notification connection), so each listener receives them one at a time,
 * through its own buffer: a slow listener loses nothing and holds up no one else.
 */
final class LocalFanOut {

    /** A listener this far behind (a stalled SSE connection) fails rather than grows without end. */
    static final int BUFFER = 1024;

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    private record Listener(VideoId videoId, MultiEmitter<? super VideoEvent> emitter) {
    }

    void deliver(VideoEvent event) {
        for (Listener listener : listeners) {
            if (listener.videoId().equals(event.videoId())) {
                synchronized (listener) {
                    listener.emitter().emit(event);
                }
            }
        }
    }

    Multi<VideoEvent> subscribe(VideoId videoId) {
        return Multi.createFrom().<VideoEvent>emitter(emitter -> {
            Listener listener = new Listener(videoId, emitter);
            listeners.add(listener);
            emitter.onTermination(() -> listeners.remove(listener));
        }, BUFFER);
    }

    int listeners() {
        return listeners.size();
    }
}
