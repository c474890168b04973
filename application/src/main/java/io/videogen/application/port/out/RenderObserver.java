package io.videogen.application.port.out;

import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoId;
import java.time.Duration;

/** Hears what a render did, for metrics and traces. Every method may be left as it is. */
public interface RenderObserver {

    RenderObserver NONE = new RenderObserver() {
    };

    default void stageFinished(VideoId video, Stage stage, Duration took) {
    }

    /** @param cache which cache was asked: speech, still or segment */
    default void cacheLookup(VideoId video, String cache, int sceneIndex, boolean hit) {
    }

    /**
     * A call to a provider (cache hits are no calls).
     *
     * @param provider which provider: script, speech, visuals or avatar
     * @param succeeded false when it threw
     */
    default void providerCalled(String provider, boolean succeeded, Duration took) {
    }

    /** A render attempt completed the video: how long it took, for the output it made. */
    default void renderCompleted(VideoId video, VideoConfig output, Duration took) {
    }

    /** A step of a fanned-out render's bookkeeping or transfer took this long on the thread that ran it. */
    default void fanOutStep(FanOutStep step, Duration took) {
    }
}
