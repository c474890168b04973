package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.RenderVideoUseCase;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.application.service.CreateVideoService;
import io.videogen.application.worker.RenderWorker;
import io.videogen.application.worker.WorkerSettings;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a worker pod does with its render when Kubernetes stops it, against the real PostgreSQL queue
 * and the real FFmpeg render: the job it hands back is due at once for another worker — long before its
 * lease (ten minutes here) could run out — and the video completes exactly once; with time to drain, the
 * stopping worker finishes the render itself. The workers are the application's own, as the worker role
 * runs them; their stop is what the role's shutdown observer calls.
 */
@QuarkusTest
class GracefulShutdownTest {

    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final Duration RENDER_TIMEOUT = Duration.ofSeconds(240);

    @Inject
    CreateVideoService videoService;
    @Inject
    RenderJobQueue queue;
    @Inject
    RenderVideoUseCase renders;
    @Inject
    VideoRepository videos;
    @Inject
    ProgressPublisher publisher;
    @Inject
    TransactionRunner transactions;
    @Inject
    Pool pool;

    private ScheduledExecutorService timer;
    private final List<VideoEvent> heard = new CopyOnWriteArrayList<>();
    private Cancellable listening;

    @BeforeEach
    void emptyQueue() {
        pool.query("delete from render_jobs").execute().await().atMost(Duration.ofSeconds(10));
        timer = Executors.newScheduledThreadPool(2);
    }

    @AfterEach
    void stop() {
        if (listening != null) {
            listening.cancel();
        }
        timer.shutdownNow();
    }

    @Test
    void aWorkerStoppedMidRenderHandsItsJobBackAndAnotherCompletesItOnce() throws Exception {
        assertHandedBackAndCompletedOnceElsewhere(RenderWorker::stop);
    }

    @Test
    void aJobReleasedPastAStillRunningRenderIsDueAtOnceAndCompletesOnce() throws Exception {
        // what the worker role does when its renders did not let go within the shutdown grace
        assertHandedBackAndCompletedOnceElsewhere(RenderWorker::handBack);
    }

    @Test
    void aWorkerGivenTimeToDrainFinishesItsRenderItself() throws Exception {
        Video video = createLongVideo();
        PausedInComposition paused = new PausedInComposition(renders);
        RenderWorker stopping = worker("draining-worker", paused);
        CompletableFuture<Boolean> took = stopping.takeNext().subscribeAsCompletionStage();
        paused.awaitPaused(RENDER_TIMEOUT);

        CompletableFuture<Void> stopped = stopping.stop(Duration.ofMinutes(5)).subscribeAsCompletionStage();
        paused.resume();
        stopped.get(RENDER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);

        assertThat(took.join()).isTrue();
        assertThat(stored(video).status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(Attempts.of(pool, video.id())).containsExactly("draining-worker:completed");
        assertThat(worker("next-worker").takeNext().await().atMost(Duration.ofSeconds(30)))
                .as("nothing left to claim").isFalse();
        assertCompletedOnce(video);
    }

    private void assertHandedBackAndCompletedOnceElsewhere(Function<RenderWorker, Uni<Void>> shutdown)
            throws Exception {
        Video video = createLongVideo();
        PausedInComposition paused = new PausedInComposition(renders);
        RenderWorker stopping = worker("stopping-worker", paused);
        CompletableFuture<Boolean> took = stopping.takeNext().subscribeAsCompletionStage();
        paused.awaitPaused(RENDER_TIMEOUT);

        CompletableFuture<Void> shutDown = shutdown.apply(stopping).subscribeAsCompletionStage();
        paused.resume();
        shutDown.get(60, TimeUnit.SECONDS);

        Row job = job(video);
        assertThat(job.getString("status")).isEqualTo("queued");
        assertThat(job.getString("worker_id")).isNull();
        assertThat(job.getBoolean("due")).as("due at once, not when the lease runs out").isTrue();
        RenderWorker next = worker("next-worker");
        assertThat(next.takeNext().await().atMost(RENDER_TIMEOUT)).isTrue();
        assertThat(took.join()).as("the stopped worker's call ended too").isTrue();
        Eventually.within(Duration.ofSeconds(30), () -> assertThat(stopping.running()).isZero());
        assertThat(stored(video).status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(Attempts.of(pool, video.id())).containsExactly("stopping-worker:released", "next-worker:completed");
        assertCompletedOnce(video);
    }

    private RenderWorker worker(String id) {
        return worker(id, renders);
    }

    private RenderWorker worker(String id, RenderVideoUseCase rendering) {
        return new RenderWorker(queue, rendering, videos, publisher, transactions,
                new WorkerSettings(id, LEASE, Duration.ofSeconds(1)), timer, System::nanoTime, VideoMetrics.NONE);
    }

    private Video createLongVideo() {
        Video video = videoService.create(new CreateVideoCommand(TinyVideos.OWNER, TinyVideos.longerDraft()))
                .await().atMost(Duration.ofSeconds(30));
        listening = publisher.subscribe(video.id()).subscribe().with(heard::add);
        return video;
    }

    /** One completed event, every event sent before the marker having arrived. */
    private void assertCompletedOnce(Video video) {
        NotifyMarker.sendAndAwait(pool, video.id(), heard);
        assertThat(heard).filteredOn(event -> event instanceof VideoEvent.VideoCompleted).hasSize(1);
    }

    private Video stored(Video video) {
        return videos.findById(video.id()).await().atMost(Duration.ofSeconds(10)).orElseThrow();
    }

    private Row job(Video video) {
        return pool.preparedQuery("select status, worker_id, available_at <= now() as due from render_jobs "
                        + "where video_id = $1").execute(Tuple.of(video.id().value()))
                .await().atMost(Duration.ofSeconds(10)).iterator().next();
    }
}
