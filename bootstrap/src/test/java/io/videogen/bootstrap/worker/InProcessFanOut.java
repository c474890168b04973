package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.RenderTaskUseCase;
import io.videogen.application.port.in.RenderVideoUseCase;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.port.out.RenderTaskQueue.TaskState;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.application.service.CreateVideoService;
import io.videogen.application.worker.RenderWorker;
import io.videogen.application.worker.WorkerSettings;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.video.Video;
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

/**
 * Scene fan-out (ADR 0024) in this process, with the application's own render, queue and media store
 * against the real PostgreSQL and FFmpeg: two {@link RenderWorker}s, {@code home-worker} and
 * {@code away-worker}, that the test drives call by call. {@link #fannedOut} is where the subclasses
 * start: the home worker fans a video out and the away worker has made a run of its tasks.
 */
abstract class InProcessFanOut {

    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration RENDER_TIMEOUT = Duration.ofSeconds(240);
    /** videogen.render.fan-out.min-scenes in this profile (the default): so many scenes fan out. */
    static final int SCENES = 12;
    static final String HOME = "home-worker";
    static final String AWAY = "away-worker";

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
    Pool pool;

    private ScheduledExecutorService timer;

    /** A video fanned out by its home worker, and the worker that made a run of its tasks elsewhere. */
    record FannedOut(Video video, RenderWorker home, RenderWorker away) {
    }

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

    /**
     * A video of {@link #SCENES} short still scenes, numbered per run (the store keeps what earlier runs
     * shared, and a segment found is not a task), each saying {@code words}: the home worker's claim fans it
     * out and leaves its job waiting; the away worker's claim takes a run of its tasks, done once this returns.
     */
    FannedOut fannedOut(String title, String words) {
        Video video = await(videoService.create(new CreateVideoCommand(TinyVideos.OWNER, draft(title, words))));
        RenderWorker home = worker(HOME);
        RenderWorker away = worker(AWAY);
        assertThat(await(home.takeNext())).as("the job, fanned out").isTrue();
        assertThat(jobStatus(video)).isEqualTo("waiting");
        assertThat(await(away.takeNext())).as("a run of its tasks").isTrue();
        Eventually.within(RENDER_TIMEOUT, () -> assertThat(madeBy(video, AWAY))
                .isNotEmpty().allMatch(task -> "done".equals(task.status())));
        return new FannedOut(video, home, away);
    }

    List<TaskState> madeBy(Video video, String worker) {
        return await(tasks.tasksOf(video.id())).stream().filter(task -> worker.equals(task.worker())).toList();
    }

    static <T> T await(Uni<T> uni) {
        return uni.await().atMost(RENDER_TIMEOUT);
    }

    private RenderWorker worker(String id) {
        return new RenderWorker(queue, tasks, renders, taskRenders, videos, publisher, transactions,
                new WorkerSettings(id, LEASE, Duration.ofSeconds(1), 4), timer, System::nanoTime, VideoMetrics.NONE);
    }

    private String jobStatus(Video video) {
        return pool.preparedQuery("select status from render_jobs where video_id = $1")
                .execute(Tuple.of(video.id().value())).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getString("status");
    }

    private static VideoDraft draft(String title, String words) {
        String run = String.valueOf(new SecureRandom().nextInt(1_000_000));
        String text = IntStream.rangeClosed(1, SCENES)
                .mapToObj(i -> "Run " + run + ", scene " + i + ": " + words)
                .collect(Collectors.joining("\n\n---\n\n"));
        return new VideoDraft(new VideoTitle(title), new ScriptSource.PlainText(text), Map.of(), null,
                new VideoDraft.Look(VideoConfig.of("320x180", null, 15, "draft"), null, null, null), null, null, null);
    }
}
