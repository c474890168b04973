package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.RenderTaskUseCase;
import io.videogen.application.port.in.RenderVideoUseCase;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.port.out.RenderTaskQueue.TaskState;
import io.videogen.application.port.out.TaskOrder;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.application.service.CreateVideoService;
import io.videogen.application.worker.RenderWorker;
import io.videogen.application.worker.WorkerSettings;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoStatus;
import io.videogen.domain.video.VideoTitle;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A worker's runs of a fanned-out render's tasks (ADR 0024, "Puts off the path") with the application's
 * own render, queue and media store, against the real PostgreSQL and FFmpeg: what another worker made is
 * in the store by the time its tasks are done; what the worker that fanned the video out made stays in its
 * workspace, put nowhere; and that worker, its claim finding no task left, waits for the runs it settles
 * behind its claims and finds its video's job due — its next call assembles the video, none comes back empty.
 */
@QuarkusTest
class RunsSettledBehindTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration RENDER_TIMEOUT = Duration.ofSeconds(240);
    /** videogen.render.fan-out.min-scenes in this profile (the default): so many scenes fan out. */
    private static final int SCENES = 12;

    @Inject
    CreateVideoService videoService;
    @Inject
    RenderJobQueue queue;
    @Inject
    RenderTaskQueue tasks;
    @Inject
    RenderVideoUseCase renders;
    @Inject
    RenderTaskUseCase taskRenders;
    @Inject
    VideoRepository videos;
    @Inject
    ProgressPublisher publisher;
    @Inject
    TransactionRunner transactions;
    @Inject
    MediaStore media;
    @Inject
    Pool pool;

    private ScheduledExecutorService timer;

    @BeforeEach
    void emptyQueue() {
        pool.query("delete from render_jobs").execute().await().atMost(Duration.ofSeconds(10));
        pool.query("delete from render_tasks").execute().await().atMost(Duration.ofSeconds(10));
        timer = Executors.newScheduledThreadPool(2);
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void onlyAnotherWorkerPutsWhatItMadeAndTheHomeWorkerFindsItsJobDueAfterItsLastRun() throws Exception {
        Video video = await(videoService.create(new CreateVideoCommand(TinyVideos.OWNER, draft())));
        RenderWorker home = worker("home-worker");
        RenderWorker away = worker("away-worker");

        assertThat(await(home.takeNext())).as("the job, fanned out").isTrue();
        assertThat(jobStatus(video)).isEqualTo("waiting");
        assertThat(await(away.takeNext())).as("a run of its tasks").isTrue();
        Eventually.within(RENDER_TIMEOUT, () -> assertThat(madeBy(video, "away-worker"))
                .isNotEmpty().allMatch(task -> "done".equals(task.status())));
        for (TaskState task : madeBy(video, "away-worker")) {
            assertThat(media.find(shared(task))).as(task.artefact() + " shared before it was done").isPresent();
        }

        // the home worker makes the rest, run by run, then assembles: no call finds nothing to do
        int calls = 0;
        while (stored(video).status() != VideoStatus.COMPLETED) {
            assertThat(calls++).as("calls of the home worker").isLessThan(SCENES + 2);
            assertThat(await(home.takeNext())).as("call " + calls + " of the home worker").isTrue();
        }
        List<TaskState> atHome = madeBy(video, "home-worker");
        assertThat(atHome).isNotEmpty().allMatch(task -> "done".equals(task.status()));
        for (TaskState task : atHome) {
            assertThat(media.find(shared(task))).as(task.artefact() + " kept in the home worker's workspace").isEmpty();
        }
        assertThat(Attempts.of(pool, video.id())).last().isEqualTo("home-worker:completed");
        assertThat(await(away.takeNext())).as("nothing left").isFalse();
    }

    /**
     * A run's settle is committed without waiting for its WAL flush (ADR 0024, session 14): PostgreSQL crashing
     * before the flush restores the run's tasks as they were before it — running, held by the worker under its
     * token, under a lease nobody renews once the worker settled. Here the settle commits and the test then puts
     * the rows back as such a crash would (the lease run out, as time would make it). The lapsed tasks are
     * claimed again under a newer token and redone, and the video completes exactly once, from one job's claim.
     */
    @Test
    void aRunWhoseSettleIsLostWithTheDatabaseIsRedoneAndTheVideoCompletesOnce() throws Exception {
        Video video = await(videoService.create(new CreateVideoCommand(TinyVideos.OWNER, draft())));
        RenderWorker home = worker("home-worker");
        RenderWorker away = worker("away-worker");
        assertThat(await(home.takeNext())).as("the job, fanned out").isTrue();
        assertThat(await(away.takeNext())).as("a run of its tasks").isTrue();
        Eventually.within(RENDER_TIMEOUT, () -> assertThat(madeBy(video, "away-worker"))
                .isNotEmpty().allMatch(task -> "done".equals(task.status())));
        long lostToken = settledToken(video, "away-worker");
        int handedOut = await(tasks.tasksOf(video.id())).size();

        int lost = pool.preparedQuery("""
                        update render_tasks set status = 'running', worker_id = done_by, done_by = null,
                            finished_at = null, lease_until = now() - interval '1 second'
                        where video_id = $1 and done_by = 'away-worker' returning 1""")
                .execute(Tuple.of(video.id().value())).await().atMost(Duration.ofSeconds(10)).rowCount();
        assertThat(lost).as("tasks whose settle was lost").isPositive();

        int calls = 0;
        while (stored(video).status() != VideoStatus.COMPLETED) {
            assertThat(calls++).as("calls of the home worker").isLessThan(SCENES + 4);
            assertThat(await(home.takeNext())).as("call " + calls + " of the home worker").isTrue();
        }
        List<TaskState> all = await(tasks.tasksOf(video.id()));
        assertThat(all).as("no task added or lost").hasSize(handedOut)
                .allMatch(task -> "done".equals(task.status()));
        assertThat(madeBy(video, "away-worker")).as("its lost run is nobody's but the redo's").isEmpty();
        assertThat(settledToken(video, "home-worker")).as("the redo's token").isGreaterThan(lostToken);
        assertThat(Attempts.of(pool, video.id()).stream().filter(attempt -> attempt.endsWith(":completed")))
                .as("completions of the video").containsExactly("home-worker:completed");
        assertThat(await(away.takeNext())).as("nothing left").isFalse();
    }

    /** The highest fencing token under which the worker's tasks of the video were done. */
    private long settledToken(Video video, String worker) {
        return pool.preparedQuery("select max(fencing_token) from render_tasks where video_id = $1 and done_by = $2")
                .execute(Tuple.of(video.id().value(), worker)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }

    private RenderWorker worker(String id) {
        return new RenderWorker(queue, tasks, renders, taskRenders, videos, publisher, transactions,
                new WorkerSettings(id, LEASE, Duration.ofSeconds(1), 4), timer, System::nanoTime, VideoMetrics.NONE);
    }

    /** Short still scenes, numbered per run: the store keeps what earlier runs shared, and a segment found is not a task. */
    private static VideoDraft draft() {
        String run = String.valueOf(new SecureRandom().nextInt(1_000_000));
        String text = IntStream.rangeClosed(1, SCENES)
                .mapToObj(i -> "Run " + run + ", scene " + i + ": a few words.")
                .collect(Collectors.joining("\n\n---\n\n"));
        return new VideoDraft(new VideoTitle("Runs settled behind"), new ScriptSource.PlainText(text), Map.of(), null,
                new VideoDraft.Look(VideoConfig.of("320x180", null, 15, "draft"), null, null, null), null, null, null);
    }

    private List<TaskState> madeBy(Video video, String worker) {
        return await(tasks.tasksOf(video.id())).stream().filter(task -> worker.equals(task.worker())).toList();
    }

    private static String shared(TaskState task) {
        return (task.kind() == TaskOrder.Kind.SOUNDTRACK ? "artefacts/soundtracks/" : "artefacts/segments/")
                + task.artefact();
    }

    private String jobStatus(Video video) {
        return pool.preparedQuery("select status from render_jobs where video_id = $1")
                .execute(Tuple.of(video.id().value())).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getString("status");
    }

    private Video stored(Video video) {
        return videos.findById(video.id()).await().atMost(Duration.ofSeconds(10)).orElseThrow();
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(RENDER_TIMEOUT);
    }
}
