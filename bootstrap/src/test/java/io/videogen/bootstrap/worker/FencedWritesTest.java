package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.out.RenderJob;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.application.service.CreateVideoService;
import io.videogen.application.service.VideoLifecycle;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fence on a render's writes, against the real PostgreSQL: a write made through a job the
 * worker no longer holds is rolled back with the job check, whatever the reason it was lost.
 */
@QuarkusTest
class FencedWritesTest {

    private static final Duration LEASE = Duration.ofMinutes(1);

    @Inject
    CreateVideoService videoService;
    @Inject
    VideoLifecycle lifecycle;
    @Inject
    VideoRepository videos;
    @Inject
    RenderJobQueue queue;
    @Inject
    TransactionRunner transactions;
    @Inject
    Pool pool;

    @BeforeEach
    void emptyQueue() {
        pool.query("delete from render_jobs").execute().await().atMost(Duration.ofSeconds(10));
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(30));
    }

    private Video create() {
        return await(videoService.create(new CreateVideoCommand(TinyVideos.OWNER, TinyVideos.draft("Fenced"))));
    }

    /** What a worker does for a stage change: the write, then the fence, in one transaction. */
    private Uni<Video> fencedStart(Video video, RenderJob job) {
        video.startStage(Stage.SCRIPT, Instant.now());
        return transactions.inTransaction(() -> videos.save(video).call(() -> queue.confirmHeld(job)));
    }

    private Video stored(VideoId id) {
        return await(videos.findById(id)).orElseThrow();
    }

    @Test
    void theHolderOfTheJobSavesThroughTheFence() {
        Video video = create();
        RenderJob job = await(queue.claim("worker-a", LEASE)).orElseThrow();

        await(fencedStart(video, job));

        assertThat(stored(video.id()).status()).isEqualTo(VideoStatus.PROCESSING);
    }

    @Test
    void aWorkerWhoseLeaseWasTakenOverCannotSaveTheVideo() {
        Video video = create();
        RenderJob stale = await(queue.claim("paused-worker", Duration.ofMillis(200))).orElseThrow();
        AtomicReference<RenderJob> takenOver = new AtomicReference<>();
        // the paused worker's lease runs out: another worker can claim the job
        Eventually.within(Duration.ofSeconds(10), () -> takenOver.set(await(queue.claim("new-worker", LEASE))
                .orElseThrow()));
        RenderJob current = takenOver.get();
        assertThat(current.fencingToken()).isGreaterThan(stale.fencingToken());

        assertThatThrownBy(() -> await(fencedStart(video, stale))).isInstanceOf(StaleVersionException.class);

        Video after = stored(video.id());
        assertThat(after.status()).as("the late write was rolled back").isEqualTo(VideoStatus.QUEUED);
        assertThat(after.version()).isEqualTo(video.version());
    }

    @Test
    void aCancelledVideosWorkerCannotSaveIt() {
        Video video = create();
        RenderJob job = await(queue.claim("worker-a", LEASE)).orElseThrow();
        await(lifecycle.cancel(video.id(), TinyVideos.OWNER));
        Video loaded = stored(video.id());

        assertThatThrownBy(() -> await(transactions.inTransaction(() -> videos.save(loaded)
                .call(() -> queue.confirmHeld(job))))).isInstanceOf(StaleVersionException.class);
        assertThat(stored(video.id()).status()).isEqualTo(VideoStatus.CANCELLED);
    }

    @Test
    void aJobWithdrawnAndQueuedAgainNeverRepeatsAFencingToken() {
        Video video = create();
        RenderJob first = await(queue.claim("worker-a", LEASE)).orElseThrow();
        await(lifecycle.cancel(video.id(), TinyVideos.OWNER));
        await(lifecycle.retry(video.id(), TinyVideos.OWNER));

        RenderJob second = await(queue.claim("worker-b", LEASE)).orElseThrow();

        assertThat(second.videoId()).isEqualTo(video.id());
        assertThat(second.fencingToken()).isGreaterThan(first.fencingToken());
        assertThatThrownBy(() -> await(queue.confirmHeld(first))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> await(queue.complete(first))).isInstanceOf(StaleVersionException.class);
        await(queue.confirmHeld(second));
    }

    @Test
    void aReleasedJobIsDueAtOnceWithItsAttemptNotCountedAndEveryClaimIsLogged() {
        Video video = create();
        RenderJob job = await(queue.claim("stopping-worker", LEASE)).orElseThrow();

        await(queue.release(job));
        RenderJob again = await(queue.claim("next-worker", LEASE)).orElseThrow();
        await(queue.complete(again));

        assertThat(again.attempt()).isEqualTo(1);
        assertThat(attempts(video.id())).containsExactly("stopping-worker:released", "next-worker:completed");
    }

    private List<String> attempts(VideoId id) {
        List<String> found = new ArrayList<>();
        for (Row row : pool.preparedQuery("select worker_id, outcome from render_attempts where video_id = $1 "
                + "order by fencing_token").execute(Tuple.of(id.value())).await().atMost(Duration.ofSeconds(10))) {
            found.add(row.getString("worker_id") + ":" + row.getString("outcome"));
        }
        return found;
    }
}
