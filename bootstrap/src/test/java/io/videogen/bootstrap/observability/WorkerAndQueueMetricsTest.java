package io.videogen.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.videogen.application.port.out.FanOutStep;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.port.out.TaskOrder;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.VideoMetrics.WebhookOutcome;
import io.videogen.application.port.out.WorkerHeartbeat;
import io.videogen.bootstrap.worker.Eventually;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The metrics whose callers are still being written (the worker loop, webhooks) move when their
 * hooks are called, and the queue gauges follow the render_jobs table.
 */
@QuarkusTest
class WorkerAndQueueMetricsTest {

    @Inject
    VideoMetrics metrics;
    @Inject
    WorkerHeartbeat heartbeat;
    @Inject
    RenderJobQueue queue;
    @Inject
    RenderTaskQueue tasks;
    @Inject
    Pool pool;

    @Test
    void aClaimAfterTheFirstAttemptCountsAsARetry() {
        PrometheusScrape before = PrometheusScrape.now();

        metrics.renderJobClaimed(1);
        metrics.renderJobClaimed(2);
        metrics.renderJobClaimed(3);

        assertThat(moved(before, PrometheusScrape.now(), "videogen_job_retries_total")).isEqualTo(2);
    }

    @Test
    void everyStepOfTheFanOutsOverheadIsTimedUnderItsPart() {
        PrometheusScrape before = PrometheusScrape.now();
        for (FanOutStep step : FanOutStep.values()) {
            assertThat(before.has("videogen_fanout_overhead_seconds_count", "part", step.label()))
                    .as("the series of %s exists from the start", step.label()).isTrue();
        }

        metrics.fanOutStep(FanOutStep.CLAIM, Duration.ofMillis(3));
        metrics.fanOutStep(FanOutStep.SETTLE, Duration.ofMillis(2));
        metrics.fanOutStep(FanOutStep.SETTLE, Duration.ofMillis(2));

        PrometheusScrape after = PrometheusScrape.now();
        assertThat(moved(before, after, "videogen_fanout_overhead_seconds_count", "part", "claim")).isEqualTo(1);
        assertThat(moved(before, after, "videogen_fanout_overhead_seconds_count", "part", "settle")).isEqualTo(2);
        assertThat(moved(before, after, "videogen_fanout_overhead_seconds_sum", "part", "settle"))
                .isCloseTo(0.004, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void rendersInFlightRiseAndFall() {
        metrics.renderStarted();
        metrics.renderStarted();
        assertThat(PrometheusScrape.now().value("videogen_jobs_in_flight")).isEqualTo(2);

        metrics.renderEnded();
        metrics.renderEnded();
        assertThat(PrometheusScrape.now().value("videogen_jobs_in_flight")).isZero();
    }

    @Test
    void webhookDeliveriesAreCountedByOutcome() {
        PrometheusScrape before = PrometheusScrape.now();

        metrics.webhookDelivery(WebhookOutcome.RETRYING);
        metrics.webhookDelivery(WebhookOutcome.DELIVERED);
        metrics.webhookDelivery(WebhookOutcome.REFUSED);

        PrometheusScrape after = PrometheusScrape.now();
        assertThat(moved(before, after, "videogen_webhook_deliveries_total", "outcome", "retrying")).isEqualTo(1);
        assertThat(moved(before, after, "videogen_webhook_deliveries_total", "outcome", "delivered")).isEqualTo(1);
        assertThat(moved(before, after, "videogen_webhook_deliveries_total", "outcome", "refused")).isEqualTo(1);
        assertThat(moved(before, after, "videogen_webhook_deliveries_total", "outcome", "gave_up")).isZero();
    }

    @Test
    void theHeartbeatAgeIsExportedOnlyWhileAWorkerLoopRuns() {
        heartbeat.beat();
        assertThat(PrometheusScrape.now().value("videogen_worker_heartbeat_age_seconds")).isBetween(0.0, 60.0);

        heartbeat.stopped();
        assertThat(PrometheusScrape.now().value("videogen_worker_heartbeat_age_seconds")).isNaN();
    }

    @Test
    void theQueueGaugesFollowTheRenderJobsTable() {
        VideoId waiting = VideoId.random();
        queue.enqueue(waiting, null).await().atMost(Duration.ofSeconds(10));
        // due for an hour, as if no worker had looked at the queue since
        pool.preparedQuery("update render_jobs set available_at = now() - interval '1 hour' where video_id = $1")
                .execute(Tuple.of(waiting.value())).await().atMost(Duration.ofSeconds(10));
        try {
            // other tests' jobs may still come and go: the gauge must agree with the table as it stands
            PrometheusScrape stuck = awaitScrape(scrape -> scrape.value("videogen_queue_oldest_age_seconds") >= 3600
                            && scrape.value("videogen_queue_depth") == queuedJobs(),
                    "the oldest age to reach an hour and the depth to match the queued jobs");
            assertThat(stuck.value("videogen_queue_depth")).isGreaterThanOrEqualTo(1);
        } finally {
            queue.withdraw(waiting).await().atMost(Duration.ofSeconds(10));
        }
        awaitScrape(scrape -> scrape.value("videogen_queue_oldest_age_seconds") < 3600,
                "the oldest age to drop once the job left the queue");
    }

    @Test
    void theTasksGaugeFollowsTheRenderTasksTable() {
        VideoId fannedOut = VideoId.random();
        tasks.fanOut(fannedOut, java.util.List.of(
                new TaskOrder("segment-a.mp4", TaskOrder.Kind.SEGMENT, 0, 30, new byte[] {1}),
                new TaskOrder("segment-b.mp4", TaskOrder.Kind.SEGMENT, 1, 30, new byte[] {2})), null)
                .await().atMost(Duration.ofSeconds(10));
        try {
            // other tests' tasks may come and go: the gauge must agree with the table as it stands
            PrometheusScrape scrape = awaitScrape(s -> s.value("videogen_queue_tasks") == queuedTasks(),
                    "the tasks gauge to match the queued tasks");
            assertThat(scrape.value("videogen_queue_tasks")).isGreaterThanOrEqualTo(2);
        } finally {
            queue.withdraw(fannedOut).await().atMost(Duration.ofSeconds(10));
        }
    }

    private double queuedTasks() {
        return pool.query("select count(*) from render_tasks where status = 'queued'").execute()
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }

    private double queuedJobs() {
        return pool.query("select count(*) from render_jobs where status = 'queued'").execute()
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }

    /** The gauges are refreshed on a schedule (videogen.metrics.queue-refresh, 1 s in tests): wait for it. */
    private static PrometheusScrape awaitScrape(Predicate<PrometheusScrape> wanted, String what) {
        AtomicReference<PrometheusScrape> scrape = new AtomicReference<>();
        Eventually.within(Duration.ofSeconds(20), () -> {
            scrape.set(PrometheusScrape.now());
            assertThat(wanted.test(scrape.get())).as("waited in vain for %s:%n%s", what, scrape.get().text()).isTrue();
        });
        return scrape.get();
    }

    private static double moved(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
