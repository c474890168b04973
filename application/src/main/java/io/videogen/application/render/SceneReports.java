package io.videogen.application.render;

import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.FanOutStep;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import java.time.Duration;

/**
 * Tells a render's watchers, scene by scene, whether its video segment was made anew or reused
 * from an earlier render (a {@link VideoEvent.SceneComposed}), and passes everything on to the
 * metrics observer. Like progress, the event is sent without waiting: a watcher missing one is
 * no reason to slow the render.
 */
final class SceneReports implements RenderObserver {

    private final RenderObserver next;
    private final ProgressPublisher publisher;
    private final Clock clock;

    SceneReports(RenderObserver next, ProgressPublisher publisher, Clock clock) {
        this.next = next;
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

    @Override
    public void stageFinished(VideoId video, Stage stage, Duration took) {
        next.stageFinished(video, stage, took);
    }

    @Override
    public void providerCalled(String provider, boolean succeeded, Duration took) {
        next.providerCalled(provider, succeeded, took);
    }

    @Override
    public void fanOutStep(FanOutStep step, Duration took) {
        next.fanOutStep(step, took);
    }

    @Override
    public void renderCompleted(VideoId video, VideoConfig output, Duration took) {
        next.renderCompleted(video, output, took);
    }
}
