package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.videogen.application.render.PipelineListener;
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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scene fan-out (ADR 0024) with real processes, whatever the media store: three worker processes
 * started from the packaged application, one PostgreSQL, the store a subclass configures them with.
 * A 24-scene video's segments are tasks any of them takes, and the video is the one this process
 * makes alone (its own store, no tasks); a worker killed mid-fan-out loses nothing. The subclasses
 * run these tests ({@code @Order} 1 and 2) and add their own from 3 on.
 */
abstract class FanOutAcrossProcesses {

    @TempDir
    Path scratch;

    static final Duration RENDER_TIMEOUT = Duration.ofSeconds(400);
    static final int SCENES = 24;

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

    final EventsHeard heard = new EventsHeard();
    private VideoId referenceId;

    /** The worker processes, configured with the store under test. */
    abstract WorkerProcess.Fleet fleet();

    /** A local copy of what the workers stored under the key. */
    abstract Path storedByWorkers(String key) throws Exception;

    @AfterEach
    void stopListening() {
        heard.stop();
    }

    @Test
    @Order(1)
    void threeWorkerProcessesShareTheSegmentsOfOneVideoAndMakeWhatOneProcessMakes() throws Exception {
        Path single = renderInThisProcess(draft("shared", null));
        for (int i = 1; i <= 3; i++) {
            fleet().start(getClass().getSimpleName() + "-worker-" + i, "worker");
        }
        fleet().started().forEach(WorkerProcess::awaitStarted);

        Video video = create(draft("shared", null));
        awaitCompleted(video.id());

        List<TaskState> made = await(tasks.tasksOf(video.id()));
        assertThat(made).filteredOn(task -> task.kind() == TaskOrder.Kind.SEGMENT).hasSize(SCENES);
        assertThat(made).filteredOn(task -> task.kind() == TaskOrder.Kind.SOUNDTRACK).hasSize(1);
        assertThat(made).allMatch(task -> "done".equals(task.status()));
        Set<Long> processes = made.stream().map(task -> processOf(task.worker())).collect(Collectors.toSet());
        assertThat(processes).as("the processes that made the tasks").hasSizeGreaterThanOrEqualTo(2);
        assertCompletedOnce(video.id());

        // the same segments, byte for byte, as the single process encoded: in the store for the assembly,
        // or, made by the worker that fanned the video out (and assembles it), in that worker's workspace
        // only (ADR 0024, "Home worker")
        Set<String> claimedTheJob = workersThatClaimedTheJob(video.id());
        Map<String, String> fannedOutBytes = new HashMap<>();
        Map<String, String> alone = new HashMap<>();
        int keptHome = 0;
        Path referenceSegments = workspaces.open(referenceId).root().resolve("segments");
        for (TaskState task : made) {
            if (task.kind() == TaskOrder.Kind.SEGMENT) {
                Path shared = sharedOrNull("artefacts/segments/" + task.artefact());
                if (shared == null) {
                    assertThat(claimedTheJob).as(task.artefact() + " not shared: made where its video is assembled")
                            .contains(task.worker());
                    shared = fleet().owner(task.worker()).segmentInWorkspace(video.id(), task.artefact());
                    keptHome++;
                }
                fannedOutBytes.put(task.artefact(), sha256(shared));
                alone.put(task.artefact(), sha256(referenceSegments.resolve(task.artefact())));
            }
        }
        assertThat(fannedOutBytes).isEqualTo(alone);
        assertThat(keptHome).as("segments shared through the store").isLessThan(SCENES);
        Path fannedOut = storedByWorkers(MediaStore.videoPrefix(video.id()) + "video.mp4");
        assertThat(composer.probe(fannedOut).duration()).isEqualTo(composer.probe(single).duration());
        assertThat(frames(fannedOut)).isEqualTo(frames(single)).isGreaterThan(SCENES);
    }

    @Test
    @Order(2)
    void aWorkerKilledMidFanOutHasItsTasksRedoneByTheOthersAndTheVideoCompletesOnce() throws Exception {
        Video video = create(draft("killed", new CallbackUrl(URI.create("http://127.0.0.1:9/fan-out"))));
        // A worker holding a task is frozen (SIGSTOP) before its tasks are read, so that what it holds
        // is what it held when it died; one that finished its task before it froze is let go again.
        WorkerProcess[] frozen = new WorkerProcess[1];
        List<String> heldByDoomed = new java.util.ArrayList<>();
        Eventually.within(RENDER_TIMEOUT, () -> {
            List<TaskState> running = running(video.id());
            assertThat(running).isNotEmpty();
            WorkerProcess holder = fleet().owner(running.get(0).worker());
            holder.pause();
            List<String> held = running(video.id()).stream().filter(task -> holder.owns(task.worker()))
                    .map(TaskState::artefact).toList();
            if (held.isEmpty()) {
                holder.resume();
                throw new AssertionError(holder + " finished its task before it froze");
            }
            frozen[0] = holder;
            heldByDoomed.addAll(held);
        });
        WorkerProcess doomed = frozen[0];
        doomed.kill();

        awaitCompleted(video.id());
        List<TaskState> made = await(tasks.tasksOf(video.id()));
        // the soundtrack's narration stays on the worker that fanned out (ADR 0024, "Home worker"): held
        // by it when it died, the task dies on the worker that takes it over, and the assembly makes it
        assertThat(made).allMatch(task -> "done".equals(task.status()) || task.kind() == TaskOrder.Kind.SOUNDTRACK
                && "dead".equals(task.status()) && heldByDoomed.contains(task.artefact()));
        for (TaskState task : made) {
            if (heldByDoomed.contains(task.artefact()) && "done".equals(task.status())) {
                assertThat(doomed.owns(task.worker())).as(task.artefact() + " redone by another").isFalse();
                assertThat(task.attempt()).as(task.artefact() + " claimed again after its lease").isGreaterThan(1);
            }
        }
        assertThat(made).noneMatch(task -> task.worker() != null && doomed.owns(task.worker())
                && heldByDoomed.contains(task.artefact()));
        assertCompletedOnce(video.id());
        assertThat(count("select count(*) from webhook_deliveries where video_id = $1 "
                + "and event_type = 'video.completed'", video.id())).as("one webhook").isEqualTo(1);
    }

    /** 24 scenes of one sentence each; the word makes each test's segments its own. */
    static VideoDraft draft(String word, CallbackUrl callback) {
        String text = java.util.stream.IntStream.rangeClosed(1, SCENES)
                .mapToObj(i -> "Scene " + i + " of the " + word + " video says a few words.")
                .collect(Collectors.joining("\n\n---\n\n"));
        return new VideoDraft(new VideoTitle("Fan-out"), new ScriptSource.PlainText(text), Map.of(), null,
                new VideoDraft.Look(VideoConfig.of("320x180", null, 15, "draft"), null, null, null), null, null,
                callback);
    }

    /** The same video rendered start to end in this one process, with no tasks: the reference. */
    private Path renderInThisProcess(VideoDraft draft) throws Exception {
        Video video = await(videoService.create(new CreateVideoCommand(TinyVideos.OWNER, draft)));
        referenceId = video.id();
        await(queue.withdraw(video.id()));
        RenderPipeline.Job job = await(renderJobs.prepare(video, Tracing.Span.NONE));
        PipelineOutcome outcome = pipeline.run(job, new PipelineListener() { });
        assertThat(outcome).isInstanceOf(PipelineOutcome.Completed.class);
        Path copy = Files.createTempFile(scratch, "single-process-", ".mp4");
        media.copyTo(MediaStore.videoPrefix(video.id()) + "video.mp4", copy);
        return copy;
    }

    /** A copy of what the workers stored under the key; null when nothing is stored there. */
    private Path sharedOrNull(String key) {
        try {
            Path copy = storedByWorkers(key);
            return Files.exists(copy) ? copy : null;
        } catch (Exception notStored) {
            return null;
        }
    }

    private Set<String> workersThatClaimedTheJob(VideoId id) {
        return pool.preparedQuery("select worker_id from render_attempts where video_id = $1")
                .execute(Tuple.of(id.value())).await().atMost(Duration.ofSeconds(10)).stream()
                .map(row -> row.getString("worker_id")).collect(Collectors.toSet());
    }

    List<TaskState> running(VideoId id) {
        return await(tasks.tasksOf(id)).stream().filter(task -> "running".equals(task.status())).toList();
    }

    Video create(VideoDraft draft) {
        Video video = await(videoService.create(new CreateVideoCommand(TinyVideos.OWNER, draft)));
        heard.listen(publisher, video.id());
        return video;
    }

    void awaitCompleted(VideoId id) {
        Eventually.within(RENDER_TIMEOUT, () -> assertThat(stored(id).status()).isEqualTo(VideoStatus.COMPLETED));
    }

    /** One completed claim of the video's job, one completed event heard from the worker processes. */
    private void assertCompletedOnce(VideoId id) throws Exception {
        Eventually.within(Duration.ofSeconds(10), () -> assertThat(count("select count(*) from render_attempts "
                + "where video_id = $1 and outcome = 'completed'", id)).isEqualTo(1));
        NotifyMarker.sendAndAwait(pool, id, heard.get(id));
        assertThat(heard.completed(id)).isEqualTo(1);
        assertThat(heard.get(id)).as("progress heard from the tasks' workers")
                .anyMatch(event -> event instanceof VideoEvent.ProgressMade);
    }

    long count(String sql, VideoId id) {
        Row row = pool.preparedQuery(sql).execute(Tuple.of(id.value())).await().atMost(Duration.ofSeconds(10))
                .iterator().next();
        return row.getLong(0);
    }

    /** Worker ids are host-pid-random. */
    private static long processOf(String workerId) {
        String[] parts = workerId.split("-");
        return Long.parseLong(parts[parts.length - 2]);
    }

    Video stored(VideoId id) {
        return await(videos.findById(id)).orElseThrow();
    }

    static <T> T await(io.smallrye.mutiny.Uni<T> uni) {
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
