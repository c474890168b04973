package io.videogen.application.render;

import io.videogen.application.port.out.FanOutStep;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoId;
import java.time.Duration;

/** An observer that passes everything on to the next; a subclass changes what it has to say about. */
abstract class ObserverRelay implements RenderObserver {

    protected final RenderObserver next;

    ObserverRelay(RenderObserver next) {
        this.next = next;
    }

    @Override
    public void cacheLookup(VideoId video, String cache, int sceneIndex, boolean hit) {
        next.cacheLookup(video, cache, sceneIndex, hit);
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
