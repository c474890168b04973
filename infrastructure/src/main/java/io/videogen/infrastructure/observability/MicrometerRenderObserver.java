package io.videogen.infrastructure.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Turns what renders do into Prometheus metrics. */
@ApplicationScoped
class MicrometerRenderObserver implements RenderObserver {

    private final MeterRegistry registry;

    MicrometerRenderObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void stageFinished(VideoId video, Stage stage, Duration took) {
        Timer.builder("videogen.stage").description("How long each render stage takes")
                .tag("stage", stage.label()).publishPercentileHistogram()
                .register(registry).record(took);
    }

    @Override
    public void cacheLookup(VideoId video, String cache, int sceneIndex, boolean hit) {
        registry.counter("videogen.cache.requests", "cache", cache, "result", hit ? "hit" : "miss").increment();
    }
}
