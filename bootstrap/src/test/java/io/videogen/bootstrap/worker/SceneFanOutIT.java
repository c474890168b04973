package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.port.out.RenderTaskQueue.TaskState;
import io.videogen.application.port.out.RenderWorkspaces;
import io.videogen.application.port.out.TaskOrder;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.port.out.VideoComposer;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.application.render.PipelineOutcome;
import io.videogen.application.render.RenderJobs;
import io.videogen.application.render.RenderPipeline;
import io.videogen.application.service.CreateVideoService;
import io.videogen.application.service.VideoLifecycle;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import io.videogen.domain.video.VideoTitle;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scene fan-out (ADR 0024) with real processes: three worker processes started from the packaged
 * application, one PostgreSQL, one media store (the local one, in a directory they share; no worker
 * reads another's workspace for a segment — they meet in the store's {@code artefacts/} keys). A
 * 24-scene video's segments are tasks any of them takes; a worker killed mid-fan-out loses nothing;
 * a cancel stops every task.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SceneFanOutIT {

    private static final Duration RENDER_TIMEOUT = Duration.ofSeconds(400);
    private static final int SCENES = 24;
    private static final List<WorkerProcess> STARTED = new CopyOnWriteArrayList<>();
    private static Path dataDir;

    @Inject
    CreateVideoService videoService;
    @Inject
    VideoLifecycle lifecycle;
    @Inject
    VideoRepository videos;
    @Inject
    ProgressPublisher publisher;
    @Inject
    VideoComposer composer;
    @Inject
    RenderJobQueue queue;
    @Inject
    RenderTaskQueue tasks;
    @Inject
    RenderJobs renderJobs;
    @Inject
    RenderPipeline pipeline;
    @Inject
    RenderWorkspaces workspaces;
    @Inject
    MediaStore media;
    @Inject
    Pool pool;

    private final Map<VideoId, List<VideoEvent>> heard = new ConcurrentHashMap<>();
    private final List<Cancellable> listening = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void sharedStorage() throws Exception {
        WorkerProcess.application();
        dataDir = Files.createTempDirectory("videogen-fan-out-tests-");
    }

    @AfterEach
    void stopListening() {
        listening.forEach(Cancellable::cancel);
    }

    @AfterAll
    static void stopEveryProcess() {
        STARTED.forEach(WorkerProcess::forceStop);
    }

    @Test
    @Order(1)
    void threeWorkerProcessesShareTheSegmentsOfOneVideoAndMakeWhatOneProcessMakes() throws Exception {
        Path single = renderInThisProcess(draft("shared", null));
        for (int i = 1; i <= 3; i++) {
            start("fan-out-worker-" + i);
        }
        STARTED.forEach(WorkerProcess::awaitStarted);

        Video video = create(draft("shared", null));
        awaitCompleted(video.id());

        List<TaskState> made = await(tasks.tasksOf(video.id()));
        assertThat(made).filteredOn(task -> task.kind() == TaskOrder.Kind.SEGMENT).hasSize(SCENES);
        assertThat(made).filteredOn(task -> task.kind() == TaskOrder.Kind.SOUNDTRACK).hasSize(1);
        assertThat(made).allMatch(task -> "done".equals(task.status()));
        Set<Long> processes = made.stream().map(task -> processOf(task.worker())).collect(Collectors.toSet());
        assertThat(processes).as("the processes that made the tasks").hasSizeGreaterThanOrEqualTo(2);
        assertCompletedOnce(video.id());

        // the same segments, byte for byte, as the single process encoded
        Map<String, String> shared = new HashMap<>();
        Map<String, String> alone = new HashMap<>();
        Path referenceSegments = workspaces.open(referenceId).root().resolve("segments");
        for (TaskState task : made) {
            if (task.kind() == TaskOrder.Kind.SEGMENT) {
                shared.put(task.artefact(), sha256(dataDir.resolve("media/artefacts/segments").resolve(task.artefact())));
                alone.put(task.artefact(), sha256(referenceSegments.resolve(task.artefact())));
            }
        }
        assertThat(shared).isEqualTo(alone);
        Path fannedOut = dataDir.resolve("media").resolve(MediaStore.videoPrefix(video.id())).resolve("video.mp4");
        assertThat(composer.probe(fannedOut).duration()).isEqualTo(composer.probe(single).duration());
        assertThat(frames(fannedOut)).isEqualTo(frames(single)).isGreaterThan(SCENES);
    }

    @Test
    @Order(2)
    void aWorkerKilledMidFanOutHasItsTasksRedoneByTheOthersAndTheVideoCompletesOnce() throws Exception {
        Video video = create(draft("killed", new CallbackUrl(URI.create("http://127.0.0.1:9/fan-out"))));
        String[] holder = new String[1];
        Eventually.within(RENDER_TIMEOUT, () -> {
            List<TaskState> running = running(video.id());
            assertThat(running).isNotEmpty();
            holder[0] = running.get(0).worker();
        });
        WorkerProcess doomed = STARTED.stream().filter(worker -> worker.owns(holder[0])).findFirst().orElseThrow();
        List<String> heldByDoomed = running(video.id()).stream().filter(task -> doomed.owns(task.worker()))
                .map(TaskState::artefact).toList();
        doomed.kill();

        awaitCompleted(video.id());
        List<TaskState> made = await(tasks.tasksOf(video.id()));
        assertThat(made).allMatch(task -> "done".equals(task.status()));
        for (TaskState task : made) {
            if (heldByDoomed.contains(task.artefact())) {
                assertThat(doomed.owns(task.worker())).as(task.artefact() + " redone by another").isFalse();
                assertThat(task.attempt()).as(task.artefact() + " claimed again after its lease").isGreaterThan(1);
            }
        }
        assertThat(made).noneMatch(task -> doomed.owns(task.worker()) && heldByDoomed.contains(task.artefact()));
        assertCompletedOnce(video.id());
        assertThat(count("select count(*) from webhook_deliveries where video_id = $1 "
                + "and event_type = 'video.completed'", video.id())).as("one webhook").isEqualTo(1);
    }

    @Test
    @Order(3)
    void aCancelMidFanOutStopsEveryTask() throws Exception {
        Video video = create(longDraft());
        Eventually.within(RENDER_TIMEOUT, () -> assertThat(running(video.id())).isNotEmpty());
        List<TaskState> held = running(video.id());

        lifecycle.cancel(video.id(), TinyVideos.OWNER).await().atMost(Duration.ofSeconds(10));

        assertThat(count("select count(*) from render_tasks where video_id = $1", video.id())).isZero();
        Path shared = dataDir.resolve("media/artefacts/segments");
        for (TaskState task : held) {
            WorkerProcess worker = STARTED.stream().filter(w -> w.owns(task.worker())).findFirst().orElseThrow();
            // Each task seen running either stopped — the cancel event or the next heartbeat found it
            // gone, or it found its video cancelled while preparing — or had finished its segment
            // just before the cancel (then its artefact is in the store). No bound on how soon: under
            // load a worker can take seconds to reach its next check.
            Eventually.within(Duration.ofSeconds(90), () -> assertThat(
                    worker.log().contains("task " + task.artefact() + " of video " + video.id() + " abandoned")
                            || Files.exists(shared.resolve(task.artefact())))
                    .as(task.artefact() + " stopped or finished").isTrue());
        }
        assertThat(stored(video.id()).status()).isEqualTo(VideoStatus.CANCELLED);
        assertThat(dataDir.resolve("media").resolve(MediaStore.videoPrefix(video.id())).resolve("video.mp4"))
                .doesNotExist();
        assertThat(heard.get(video.id())).noneMatch(event -> event instanceof VideoEvent.VideoCompleted);
    }

    /** 24 scenes of one sentence each; the word makes each test's segments its own. */
    private static VideoDraft draft(String word, CallbackUrl callback) {
        String text = java.util.stream.IntStream.rangeClosed(1, SCENES)
                .mapToObj(i -> "Scene " + i + " of the " + word + " video says a few words.")
                .collect(Collectors.joining("\n\n---\n\n"));
        return new VideoDraft(new VideoTitle("Fan-out"), new ScriptSource.PlainText(text), Map.of(), null,
                new VideoDraft.Look(VideoConfig.of("320x180", null, 15, "draft"), null, null, null), null, null,
                callback);
    }

    /** Scenes that take a few seconds each to encode, so a cancel finds tasks mid-encode. */
    private static VideoDraft longDraft() {
        String text = java.util.stream.IntStream.rangeClosed(1, SCENES)
                .mapToObj(i -> "Scene " + i + " of the cancelled video talks for a while, sentence after sentence, "
                        + "so that its encoder has plenty of frames to write before anybody stops it.")
                .collect(Collectors.joining("\n\n---\n\n"));
        return new VideoDraft(new VideoTitle("Fan-out cancelled"), new ScriptSource.PlainText(text), Map.of(), null,
                new VideoDraft.Look(VideoConfig.of("320x180", null, 30, "standard"), null, null, null), null, null,
                null);
    }

    private VideoId referenceId;

    /** The same video rendered start to end in this one process, with no tasks: the reference. */
    private Path renderInThisProcess(VideoDraft draft) throws Exception {
        Video video = await(videoService.create(new CreateVideoCommand(TinyVideos.OWNER, draft)));
        referenceId = video.id();
        await(queue.withdraw(video.id()));
        RenderPipeline.Job job = await(renderJobs.prepare(video, Tracing.Span.NONE));
        PipelineOutcome outcome = pipeline.run(job, new RenderPipeline.Listener() { });
        assertThat(outcome).isInstanceOf(PipelineOutcome.Completed.class);
        Path copy = Files.createTempFile(dataDir, "single-process-", ".mp4");
        media.copyTo(MediaStore.videoPrefix(video.id()) + "video.mp4", copy);
        return copy;
    }

    private List<TaskState> running(VideoId id) {
        return await(tasks.tasksOf(id)).stream().filter(task -> "running".equals(task.status())).toList();
    }

    private void start(String name) throws Exception {
        STARTED.add(WorkerProcess.start(name, "worker", WorkerProcess.testDatabase(), dataDir));
    }

    private Video create(VideoDraft draft) {
        Video video = await(videoService.create(new CreateVideoCommand(TinyVideos.OWNER, draft)));
        List<VideoEvent> events = new CopyOnWriteArrayList<>();
        heard.put(video.id(), events);
        listening.add(publisher.subscribe(video.id()).subscribe().with(events::add));
        return video;
    }

    private void awaitCompleted(VideoId id) {
        Eventually.within(RENDER_TIMEOUT, () -> assertThat(stored(id).status()).isEqualTo(VideoStatus.COMPLETED));
    }

    /** One completed claim of the video's job, one completed event heard from the worker processes. */
    private void assertCompletedOnce(VideoId id) throws Exception {
        Eventually.within(Duration.ofSeconds(10), () -> assertThat(count("select count(*) from render_attempts "
                + "where video_id = $1 and outcome = 'completed'", id)).isEqualTo(1));
        NotifyMarker.sendAndAwait(pool, id, heard.get(id));
        assertThat(heard.get(id)).filteredOn(event -> event instanceof VideoEvent.VideoCompleted).hasSize(1);
        assertThat(heard.get(id)).as("progress heard from the tasks' workers")
                .anyMatch(event -> event instanceof VideoEvent.ProgressMade);
    }

    private long count(String sql, VideoId id) {
        Row row = pool.preparedQuery(sql).execute(Tuple.of(id.value())).await().atMost(Duration.ofSeconds(10))
                .iterator().next();
        return row.getLong(0);
    }

    /** Worker ids are host-pid-random. */
    private static long processOf(String workerId) {
        String[] parts = workerId.split("-");
        return Long.parseLong(parts[parts.length - 2]);
    }

    private Video stored(VideoId id) {
        return await(videos.findById(id)).orElseThrow();
    }

    private static <T> T await(io.smallrye.mutiny.Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(60));
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static int frames(Path video) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            int count = 0;
            while (grabber.grabImage() != null) {
                count++;
            }
            return count;
        }
    }
}
