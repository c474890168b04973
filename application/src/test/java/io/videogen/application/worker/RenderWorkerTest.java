package io.videogen.application.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.videogen.application.fakes.RecordingQueue;
import io.videogen.application.fakes.RecordingQueue.Status;
import io.videogen.application.fakes.Studio;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.StageRun;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worker against the in-memory queue and the application's own render service, with fake
 * media tools that can cancel, take over or pause in the middle of a segment.
 */
class RenderWorkerTest {

    private static final String THREE_SCENES = "Scene one speaks first.\n\nScene two follows.\n\nScene three ends it.";
    private static final Duration LEASE = Duration.ofMinutes(1);

    @TempDir
    Path dir;
    Studio studio;
    ScheduledExecutorService timer;
    /** The worker's monotonic clock: real time plus whatever a test skips ahead. */
    final AtomicLong skipped = new AtomicLong();

    @BeforeEach
    void setUp() {
        studio = new Studio(dir);
        timer = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void tearDown() {
        timer.shutdownNow();
    }

    private RenderWorker worker(String id, Duration lease, Duration heartbeat) {
        return new RenderWorker(studio.queue, studio.renderService, studio.videos, studio.publisher,
                studio.transactions, new WorkerSettings(id, lease, heartbeat), timer,
                () -> System.nanoTime() + skipped.get(), VideoMetrics.NONE);
    }

    private RenderWorker worker() {
        return worker("worker-a", LEASE, Duration.ofSeconds(1));
    }

    private static boolean take(RenderWorker worker) {
        return worker.takeNext().await().atMost(Duration.ofSeconds(30));
    }

    private boolean hasFinalVideo(Video video) throws Exception {
        return studio.media.find(MediaStore.videoPrefix(video.id()) + "video.mp4").isPresent();
    }

    @Test
    void rendersAQueuedVideoAndRemovesItsJob() throws Exception {
        Video video = studio.create(studio.ana, THREE_SCENES);

        assertThat(take(worker())).isTrue();

        assertThat(studio.videos.stored(video.id()).status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(studio.queue.row(video.id())).isEmpty();
        assertThat(studio.publisher.of(VideoEvent.VideoCompleted.class)).hasSize(1);
        assertThat(hasFinalVideo(video)).isTrue();
    }

    @Test
    void answersFalseWhenNoJobIsDue() {
        assertThat(take(worker())).isFalse();
    }

    @Test
    void aRetryableFailureKeepsTheVideoInProgressAndIsTriedAgain() {
        Video video = studio.create(studio.ana, THREE_SCENES);
        studio.tools.failSegmentAt = 1;
        studio.tools.failSegmentTimes = 1;
        RenderWorker worker = worker();

        take(worker);

        RecordingQueue.Row waiting = studio.queue.row(video.id()).orElseThrow();
        assertThat(waiting.status()).isEqualTo(Status.QUEUED);
        assertThat(waiting.lastError().message()).contains("encoder ran out of time");
        assertThat(studio.videos.stored(video.id()).status()).isEqualTo(VideoStatus.PROCESSING);
        assertThat(take(worker)).as("not due before its backoff").isFalse();

        studio.queue.makeDue(video.id());
        take(worker);

        assertThat(studio.videos.stored(video.id()).status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(studio.queue.row(video.id())).isEmpty();
    }

    @Test
    void givesTheVideoUpWithTheLastErrorAfterTheLastAttempt() {
        Video video = studio.create(studio.ana, THREE_SCENES);
        studio.tools.failSegmentAt = 0;
        studio.tools.failSegmentTimes = 100;
        studio.queue.maxAttempts = 2;
        RenderWorker worker = worker();

        take(worker);
        studio.queue.makeDue(video.id());
        take(worker);

        Video failed = studio.videos.stored(video.id());
        assertThat(failed.status()).isEqualTo(VideoStatus.FAILED);
        assertThat(failed.failure().orElseThrow().message()).contains("encoder ran out of time");
        assertThat(failed.failure().orElseThrow().stage()).isEqualTo(Stage.COMPOSITION);
        assertThat(studio.queue.row(video.id()).orElseThrow().status()).isEqualTo(Status.DEAD);
        assertThat(studio.publisher.of(VideoEvent.VideoFailed.class)).hasSize(1);
    }

    @Test
    void aCancelStopsTheRenderInTheMiddleOfASegment() throws Exception {
        Video video = studio.create(studio.ana, THREE_SCENES);
        studio.tools.duringSegment = scene -> studio.lifecycle.cancel(video.id(), studio.ana).await()
                .atMost(Duration.ofSeconds(30));

        take(worker());

        assertThat(studio.tools.segmentsRendered).containsExactly(0);
        try (var files = java.nio.file.Files.walk(dir.resolve("work"))) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.contains("segment-"));
        }
        assertThat(studio.videos.stored(video.id()).status()).isEqualTo(VideoStatus.CANCELLED);
        assertThat(studio.publisher.of(VideoEvent.VideoCompleted.class)).isEmpty();
        assertThat(hasFinalVideo(video)).isFalse();
    }

    @Test
    void aWorkerWhoseJobWasTakenOverCannotSaveOrPublishAnyMore() {
        Video video = studio.create(studio.ana, THREE_SCENES);
        studio.tools.duringSegment = scene -> studio.queue.takeOver(video.id(), "worker-b");

        // no heartbeat in between: the stage runs on, but its end cannot be saved
        take(worker("worker-a", LEASE, Duration.ofSeconds(30)));

        assertThat(studio.publisher.of(VideoEvent.StageStarted.class)).extracting(VideoEvent.StageStarted::stage)
                .doesNotContain(Stage.RENDER);
        assertThat(studio.publisher.of(VideoEvent.StageFinished.class)).extracting(VideoEvent.StageFinished::stage)
                .doesNotContain(Stage.COMPOSITION);
        assertThat(studio.publisher.of(VideoEvent.VideoCompleted.class)).isEmpty();
        RecordingQueue.Row row = studio.queue.row(video.id()).orElseThrow();
        assertThat(row.worker()).as("the new holder's job is left alone").isEqualTo("worker-b");
        assertThat(row.status()).isEqualTo(Status.RUNNING);
    }

    @Test
    void theHeartbeatKeepsALongRenderOwned() {
        Video video = studio.create(studio.ana, "A single scene that takes its time.");
        // the scene outlasts the lease more than twice on the worker's clock; only renewals keep the job
        studio.tools.duringSegment = scene -> {
            for (int step = 0; step < 3; step++) {
                int renewed = studio.queue.renewals();
                skipped.addAndGet(Duration.ofMillis(250).toNanos());
                // the second renewal from now was asked for after the clock moved on
                assertThat(studio.queue.awaitRenewals(renewed + 2, Duration.ofSeconds(10))).isTrue();
            }
        };

        take(worker("worker-a", Duration.ofMillis(300), Duration.ofMillis(100)));

        assertThat(studio.videos.stored(video.id()).status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(studio.queue.claims).hasSize(1);
    }

    @Test
    void aRenderWhoseLeaseRanOutUnrenewedStopsAndHandsTheJobBack() {
        Video video = studio.create(studio.ana, THREE_SCENES);
        // as if the process had been paused (SIGSTOP) for longer than its lease
        studio.tools.duringSegment = scene -> skipped.addAndGet(LEASE.plusSeconds(1).toNanos());

        take(worker("worker-a", LEASE, Duration.ofSeconds(30)));

        assertThat(studio.tools.segmentsRendered).containsExactly(0);
        RecordingQueue.Row row = studio.queue.row(video.id()).orElseThrow();
        assertThat(row.status()).isEqualTo(Status.QUEUED);
        assertThat(row.attempt()).as("handing back does not use up an attempt").isZero();
        assertThat(studio.videos.stored(video.id()).stageRun(Stage.COMPOSITION).status())
                .isEqualTo(StageRun.Status.RUNNING);
    }

    @Test
    void stoppingHandsARunningJobBackAndTakesNoMore() {
        Video video = studio.create(studio.ana, THREE_SCENES);
        studio.create(studio.ana, "Another video waits.");
        RenderWorker worker = worker();
        AtomicReference<Uni<Void>> stopped = new AtomicReference<>();
        studio.tools.duringSegment = scene -> stopped.set(worker.stop());

        take(worker);

        stopped.get().await().atMost(Duration.ofSeconds(5));
        assertThat(worker.running()).isZero();
        RecordingQueue.Row row = studio.queue.row(video.id()).orElseThrow();
        assertThat(row.status()).isEqualTo(Status.QUEUED);
        assertThat(row.attempt()).isZero();
        assertThat(take(worker)).isFalse();
        assertThat(studio.queue.claims).hasSize(1);
    }

    @Test
    void stoppingWithTimeToFinishLetsTheRunningRenderCompleteAndTakesNoMore() throws Exception {
        Video video = studio.create(studio.ana, THREE_SCENES);
        studio.create(studio.ana, "Another video waits.");
        RenderWorker worker = worker();
        AtomicReference<Uni<Void>> stopped = new AtomicReference<>();
        studio.tools.duringSegment = scene -> stopped.compareAndSet(null, worker.stop(Duration.ofMinutes(10)));

        take(worker);

        stopped.get().await().atMost(Duration.ofSeconds(5));
        assertThat(studio.tools.segmentsRendered).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(studio.videos.stored(video.id()).status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(studio.queue.row(video.id())).isEmpty();
        assertThat(hasFinalVideo(video)).isTrue();
        assertThat(take(worker)).as("a stopping worker takes no more").isFalse();
        assertThat(studio.queue.claims).hasSize(1);
    }

    @Test
    void aJobHandedBackPastItsRenderIsDueAtOnceAndTheRenderCannotWriteAnyMore() throws Exception {
        Video video = studio.create(studio.ana, THREE_SCENES);
        RenderWorker stopping = worker("worker-a", LEASE, Duration.ofSeconds(30));
        // the process ran out of shutdown time while this render was deep in a segment
        studio.tools.duringSegment = scene -> stopping.handBack().await().atMost(Duration.ofSeconds(5));

        take(stopping);

        RecordingQueue.Row row = studio.queue.row(video.id()).orElseThrow();
        assertThat(row.status()).as("released, not waiting for the lease").isEqualTo(Status.QUEUED);
        assertThat(row.attempt()).isZero();
        assertThat(studio.publisher.of(VideoEvent.StageFinished.class)).extracting(VideoEvent.StageFinished::stage)
                .as("nothing saved after the hand-back").doesNotContain(Stage.COMPOSITION);
        studio.tools.duringSegment = scene -> { };
        assertThat(take(worker("worker-b", LEASE, Duration.ofSeconds(1)))).isTrue();
        assertThat(studio.videos.stored(video.id()).status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(studio.publisher.of(VideoEvent.VideoCompleted.class)).hasSize(1);
        assertThat(studio.queue.row(video.id())).isEmpty();
        assertThat(hasFinalVideo(video)).isTrue();
    }

    @Test
    void aJobWhoseVideoAlreadyFinishedIsDroppedWithoutRendering() {
        Video video = studio.create(studio.ana, THREE_SCENES);
        // a worker died after failing the video on its last attempt but before it could mark the job dead
        Video failed = studio.videos.stored(video.id());
        failed.fail(new io.videogen.domain.video.VideoFailure(Stage.VOICE,
                io.videogen.domain.video.FailureCode.SPEECH_SYNTHESIS_FAILED, "provider kept timing out", true,
                null), java.time.Instant.now());
        studio.videos.save(failed).await().atMost(Duration.ofSeconds(5));

        take(worker());

        assertThat(studio.queue.row(video.id())).isEmpty();
        assertThat(studio.tools.spoken).isEmpty();
        assertThat(studio.videos.stored(video.id()).status()).isEqualTo(VideoStatus.FAILED);
    }

    @Test
    void aHeartbeatSlowerThanHalfTheLeaseIsRefused() {
        assertThatThrownBy(() -> new WorkerSettings("w", Duration.ofSeconds(3), Duration.ofSeconds(2)))
                .hasMessageContaining("at most half the lease");
    }
}
