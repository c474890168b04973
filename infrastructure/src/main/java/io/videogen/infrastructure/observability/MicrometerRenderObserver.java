package io.videogen.infrastructure.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.videogen.application.port.out.FanOutStep;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Turns what renders do into Prometheus metrics: {@code videogen_stage_seconds},
 * {@code videogen_render_seconds}, {@code videogen_cache_requests_total} and
 * {@code videogen_provider_calls_total} (docs/operations.md), and its side of
 * {@code videogen_fanout_overhead_seconds}.
 */
@Startup // its series exist from the first scrape
@ApplicationScoped
class MicrometerRenderObserver implements RenderObserver {

    /** Stages take from milliseconds (a replay) to many minutes (composition of a long 1080p video). */
    private static final Duration[] STAGE_BUCKETS = seconds(0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800);
    private static final Duration[] RENDER_BUCKETS = seconds(5, 10, 20, 30, 60, 120, 300, 600, 1200, 1800, 3600);

    private final MeterRegistry registry;
    private final FanOutOverheadTimers fanOut;

    MicrometerRenderObserver(MeterRegistry registry, FanOutOverheadTimers fanOut) {
        this.registry = registry;
        this.fanOut = fanOut;
        // Series that alerts divide by exist from the start, so a ratio is 0 rather than missing.
        for (Stage stage : Stage.values()) {
            stageTimer(stage);
        }
        for (String cache : new String[] {"speech", "still", "segment"}) {
            cacheCounter(cache, true);
            cacheCounter(cache, false);
        }
    }

    @Override
    public void stageFinished(VideoId video, Stage stage, Duration took) {
        stageTimer(stage).record(took);
    }

    @Override
    public void cacheLookup(VideoId video, String cache, int sceneIndex, boolean hit) {
        cacheCounter(cache, hit).increment();
    }

    @Override
    public void providerCalled(String provider, boolean succeeded, Duration took) {
        Counter.builder("videogen.provider.calls").description("Calls to speech, image, avatar and script providers")
                .tag("provider", provider).tag("outcome", succeeded ? "success" : "failure")
                .register(registry).increment();
    }

    @Override
    public void fanOutStep(FanOutStep step, Duration took) {
        fanOut.record(step, took);
    }

    @Override
    public void renderCompleted(VideoId video, VideoConfig output, Duration took) {
        Timer.builder("videogen.render").description("How long a render that completed its video took")
                .tag("resolution", resolutionClass(output.resolution())).tag("quality", output.quality().label())
                .serviceLevelObjectives(RENDER_BUCKETS)
                .register(registry).record(took);
    }

    /**
     * The label is the class of the frame's short side (360p, 480p, 720p, 1080p), not the exact size,
     * so a client choosing odd sizes cannot grow the number of series without bound.
     */
    static String resolutionClass(Resolution resolution) {
        int shortSide = Math.min(resolution.width(), resolution.height());
        if (shortSide <= 360) {
            return "360p";
        }
        if (shortSide <= 480) {
            return "480p";
        }
        return shortSide <= 720 ? "720p" : "1080p";
    }

    private Timer stageTimer(Stage stage) {
        return Timer.builder("videogen.stage").description("How long each render stage takes")
                .tag("stage", stage.label()).serviceLevelObjectives(STAGE_BUCKETS)
                .register(registry);
    }

    private Counter cacheCounter(String cache, boolean hit) {
        return Counter.builder("videogen.cache.requests").description("Scene cache lookups by cache and result")
                .tag("cache", cache).tag("result", hit ? "hit" : "miss")
                .register(registry);
    }

    private static Duration[] seconds(double... values) {
        Duration[] durations = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            durations[i] = Duration.ofMillis(Math.round(values[i] * 1000));
        }
        return durations;
    }
}
