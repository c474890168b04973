package io.videogen.application.render;

import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;

/**
 * Tells a render's watchers, scene by scene, whether its video segment was made anew or reused
 * from an earlier render (a {@link VideoEvent.SceneComposed}), and passes everything on to the
 * metrics observer. Like progress, the event is sent without waiting: a watcher missing one is
 * no reason to slow the render.
 */
final class SceneReports extends ObserverRelay {

    private final ProgressPublisher publisher;
    private final Clock clock;

    SceneReports(RenderObserver next, ProgressPublisher publisher, Clock clock) {
        super(next);
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public void cacheLookup(VideoId video, String cache, int sceneIndex, boolean hit) {
        next.cacheLookup(video, cache, sceneIndex, hit);
        if ("segment".equals(cache)) {
            publisher.publish(new VideoEvent.SceneComposed(video, clock.now(), sceneIndex, hit))
                    .subscribe().with(ignored -> { }, ignored -> { });
        }
    }
}
