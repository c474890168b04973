package io.videogen.infrastructure.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.videogen.application.port.out.FanOutStep;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.domain.video.VideoStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The lifecycle counters: {@code videogen_videos_submitted_total},
 * {@code videogen_videos_finished_total{outcome}}, {@code videogen_jobs_in_flight},
 * {@code videogen_job_retries_total} and {@code videogen_webhook_deliveries_total{outcome}}, and the
 * worker's side of {@code videogen_fanout_overhead_seconds}. Every
 * series exists from the start at zero, so rates and ratios in alerts are never "no data".
 */
@Startup // its series exist from the first scrape
@ApplicationScoped
class MicrometerVideoMetrics implements VideoMetrics {

    private final Counter submitted;
    private final Map<VideoStatus, Counter> finished = new EnumMap<>(VideoStatus.class);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Counter retries;
    private final Map<WebhookOutcome, Counter> webhooks = new EnumMap<>(WebhookOutcome.class);

    private final FanOutOverheadTimers fanOut;

    MicrometerVideoMetrics(MeterRegistry registry, FanOutOverheadTimers fanOut) {
        this.fanOut = fanOut;
        submitted = Counter.builder("videogen.videos.submitted").description("Videos created and queued")
                .register(registry);
        for (VideoStatus status : new VideoStatus[] {VideoStatus.COMPLETED, VideoStatus.FAILED,
                VideoStatus.CANCELLED}) {
            finished.put(status, Counter.builder("videogen.videos.finished")
                    .description("Videos that reached a final state, by outcome")
                    .tag("outcome", status.label()).register(registry));
        }
        Gauge.builder("videogen.jobs.in.flight", inFlight, AtomicInteger::get)
                .description("Renders running in this process").register(registry);
        retries = Counter.builder("videogen.job.retries")
                .description("Render jobs claimed again after a failed or abandoned attempt").register(registry);
        for (WebhookOutcome outcome : WebhookOutcome.values()) {
            webhooks.put(outcome, Counter.builder("videogen.webhook.deliveries")
                    .description("Webhook delivery attempts by outcome")
                    .tag("outcome", outcome.label()).register(registry));
        }
    }

    @Override
    public void videoSubmitted() {
        submitted.increment();
    }

    @Override
    public void videoFinished(VideoStatus finalStatus) {
        Counter counter = finished.get(finalStatus);
        if (counter != null) {
            counter.increment();
        }
    }

    @Override
    public void renderStarted() {
        inFlight.incrementAndGet();
    }

    @Override
    public void renderEnded() {
        inFlight.updateAndGet(count -> Math.max(0, count - 1));
    }

    @Override
    public void fanOutStep(FanOutStep step, Duration took) {
        fanOut.record(step, took);
    }

    @Override
    public void renderJobClaimed(int attempt) {
        if (attempt > 1) {
            retries.increment();
        }
    }

    @Override
    public void webhookDelivery(WebhookOutcome outcome) {
        webhooks.get(outcome).increment();
    }
}
