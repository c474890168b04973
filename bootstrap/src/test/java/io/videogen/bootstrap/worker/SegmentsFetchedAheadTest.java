package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.RenderTaskUseCase;
import io.videogen.application.port.in.RenderVideoUseCase;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.RenderTask;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.port.out.RenderTaskQueue.TaskState;
import io.videogen.application.port.out.RenderWorkspace;
import io.videogen.application.port.out.RenderWorkspaces;
import io.videogen.application.port.out.TaskOrder;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
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
 * Segments fetched ahead (ADR 0024, amendment of session 12), with the application's own render, queue and
 * media store against the real PostgreSQL and FFmpeg: while the video it fanned out waits for tasks other
 * workers still hold, the worker that fanned it out copies into the video's workspace, every heartbeat,
 * the segments the others already made — and only those; once the job no longer waits (withdrawn),
 * the queue names it no more.
 */
@QuarkusTest
class SegmentsFetchedAheadTest {

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
    RenderWorkspaces workspaces;
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
    void theHomeWorkerCopiesInWhatOthersMadeWhileItsJobWaits() throws Exception {
        Video video = await(videoService.create(new CreateVideoCommand(TinyVideos.OWNER, draft())));
        RenderWorker home = worker("home-worker");
        RenderWorker away = worker("away-worker");

        assertThat(await(home.takeNext())).as("the job, fanned out").isTrue();
        assertThat(await(away.takeNext())).as("a run of its tasks").isTrue();
        Eventually.within(RENDER_TIMEOUT, () -> assertThat(madeBy(video, "away-worker"))
                .isNotEmpty().allMatch(task -> "done".equals(task.status())));
        // every other task held by a worker that does not finish it: the job keeps waiting
        List<RenderTask> held = new ArrayList<>();
        for (List<RenderTask> run = claim(); !run.isEmpty(); run = claim()) {
            held.addAll(run);
        }
        assertThat(held).isNotEmpty();
        // the worker that made them is another machine: what it made is in the store, not in the home workspace
        RenderWorkspace workspace = workspaces.open(video.id());
        List<Path> madeAway = new ArrayList<>();
        for (TaskState task : madeBy(video, "away-worker")) {
            Path file = workspace.file(task.kind() == TaskOrder.Kind.SOUNDTRACK ? RenderWorkspace.Area.AUDIO
                    : RenderWorkspace.Area.SEGMENTS, task.artefact());
            Files.deleteIfExists(file);
            madeAway.add(file);
        }

        assertThat(await(home.takeNext())).as("no task, no job due").isFalse();
        // its look every heartbeat copies them in again, and nothing else
        Eventually.within(RENDER_TIMEOUT, () -> assertThat(madeAway).allMatch(Files::exists));
        for (RenderTask task : held) {
            assertThat(workspace.file(RenderWorkspace.Area.SEGMENTS, task.artefact()))
                    .as(task.artefact() + ", made by no one yet").doesNotExist();
        }

        assertThat(await(tasks.madeElsewhere("home-worker")).get(video.id())).as("what the home worker asks for")
                .containsExactlyInAnyOrderElementsOf(madeBy(video, "away-worker").stream().map(TaskState::artefact)
                        .toList());
        assertThat(await(tasks.madeElsewhere("away-worker"))).as("not its video").isEmpty();
        // withdrawn, the job waits no longer: the home worker is told of nothing more to fetch for it
        await(queue.withdraw(video.id()));
        assertThat(await(tasks.madeElsewhere("home-worker"))).doesNotContainKey(video.id());
    }

    private List<RenderTask> claim() {
        return await(tasks.claim("holder-worker", LEASE, SCENES + 1));
    }

    private RenderWorker worker(String id) {
        return new RenderWorker(queue, tasks, renders, taskRenders, videos, publisher, transactions,
                new WorkerSettings(id, LEASE, Duration.ofSeconds(1), 4), timer, System::nanoTime, VideoMetrics.NONE);
    }

    /** Short still scenes, numbered per run: the store keeps what earlier runs shared, and a segment found is not a task. */
    private static VideoDraft draft() {
        String run = String.valueOf(new SecureRandom().nextInt(1_000_000));
        String text = IntStream.rangeClosed(1, SCENES)
                .mapToObj(i -> "Run " + run + ", scene " + i + ": a few words ahead.")
                .collect(Collectors.joining("\n\n---\n\n"));
        return new VideoDraft(new VideoTitle("Segments fetched ahead"), new ScriptSource.PlainText(text), Map.of(),
                null, new VideoDraft.Look(VideoConfig.of("320x180", null, 15, "draft"), null, null, null), null, null,
                null);
    }

    private List<TaskState> madeBy(Video video, String worker) {
        return await(tasks.tasksOf(video.id())).stream().filter(task -> worker.equals(task.worker())).toList();
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(RENDER_TIMEOUT);
    }
}
