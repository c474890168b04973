package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.RenderWorkspace;
import io.videogen.application.port.out.TaskOrder;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.render.PipelineListener;
import io.videogen.application.render.PipelineOutcome;
import io.videogen.application.render.RenderJobs;
import io.videogen.application.render.RenderPipeline;
import io.videogen.application.render.SceneFanOut;
import io.videogen.application.service.CreateVideoService;
import io.videogen.bootstrap.observability.PrometheusScrape;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.video.Script.SceneDraft;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoTitle;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task of a fanned-out render (ADR 0024, "Tasks carry their inputs") on a worker whose data
 * directory is its own and empty: it shares nothing with the job that fanned out but the media store
 * (the real one this application runs with) and its brief (which its row carries), reads its inputs from
 * the store, runs no stage before composition, and makes the same bytes as a single-process render of the same video — the
 * presenter's scene included. Real PostgreSQL, real FFmpeg, the real media store.
 */
@QuarkusTest
class TaskOnAnEmptyWorkspaceTest {

    @Inject
    CreateVideoService videoService;
    @Inject
    RenderJobQueue queue;
    @Inject
    RenderJobs renderJobs;
    @Inject
    RenderPipeline pipeline;
    @Inject
    MediaStore media;
    /** The workspaces and copies of one test, deleted after it. */
    @TempDir
    Path scratch;

    @Test
    void aTaskOnAnEmptyWorkspaceMakesTheBytesOfASingleProcessRender() throws Exception {
        Video video = await(videoService.create(new CreateVideoCommand(TinyVideos.OWNER, draft())));
        await(queue.withdraw(video.id())); // this test is the only one rendering it
        RenderPipeline.Job prepared = await(renderJobs.prepare(video, Tracing.Span.NONE));

        // the reference: the whole video in one process, in a workspace of its own
        RenderPipeline.Job alone = in(prepared, Files.createTempDirectory(scratch, "videogen-single-process-"));
        assertThat(pipeline.run(alone, new PipelineListener() { })).isInstanceOf(PipelineOutcome.Completed.class);

        // the job fans out from the application's own workspace: it puts the tasks' inputs in the store
        PrometheusScrape beforeFanOut = PrometheusScrape.now();
        List<TaskOrder> handedOut = new ArrayList<>();
        PipelineOutcome fannedOut = pipeline.run(prepared.fanningOut(new SceneFanOut() {
            @Override
            public boolean worthIt(int scenesToEncode) {
                return true;
            }

            @Override
            public int ensure(List<TaskOrder> orders, String traceContext) {
                handedOut.addAll(orders);
                return orders.size();
            }
        }), new PipelineListener() { });
        assertThat(fannedOut).isInstanceOf(PipelineOutcome.Waiting.class);
        assertThat(handedOut).extracting(TaskOrder::kind)
                .containsOnly(TaskOrder.Kind.SEGMENT, TaskOrder.Kind.SOUNDTRACK).hasSize(4);
        PrometheusScrape afterFanOut = PrometheusScrape.now();
        assertThat(handedOut).as("each task carries its brief, in its row").allSatisfy(order ->
                assertThat(order.brief()).isNotEmpty());
        assertThat(media.find("artefacts/tasks/" + handedOut.get(0).artefact() + ".brief")).as("no brief in the store")
                .isEmpty();
        assertThat(overheadCounted(beforeFanOut, afterFanOut, "queue")).as("the tasks queued at once").isEqualTo(1);
        assertThat(overheadCounted(beforeFanOut, afterFanOut, "input_put")).as("the stills").isPositive();
        TaskOrder soundtrack = handedOut.stream().filter(order -> order.kind() == TaskOrder.Kind.SOUNDTRACK)
                .findFirst().orElseThrow();
        String narrationKey = "artefacts/narrations/" + soundtrack.artefact().replace(".m4a", ".wav");
        assertThat(media.find(narrationKey)).as("the narration stays on the worker that fanned out").isEmpty();
        List<TaskOrder> segments = handedOut.stream().filter(order -> order.kind() == TaskOrder.Kind.SEGMENT).toList();

        // each segment's task on a worker whose data directory is empty and its own
        PrometheusScrape beforeTasks = PrometheusScrape.now();
        for (TaskOrder order : segments) {
            Path empty = Files.createTempDirectory(scratch, "videogen-task-worker-");
            RenderPipeline.Job elsewhere = in(prepared, empty);
            PipelineOutcome made = pipeline.runTask(elsewhere, order.artefact(), order.brief(),
                    new PipelineListener() {
                        @Override
                        public boolean finishedBefore(Stage stage) {
                            return true;
                        }
                    });
            assertThat(made).as(order.artefact()).isInstanceOf(PipelineOutcome.Completed.class);
            assertThat(media.find(sharedKey(order.artefact()))).as("made, not yet shared").isEmpty();
            assertThat(pipeline.shareTask(elsewhere, order.artefact())).isInstanceOf(PipelineOutcome.Completed.class);
            String area = order.kind() == TaskOrder.Kind.SEGMENT ? "segments" : "audio";
            assertThat(Digests.sha256(empty.resolve(area).resolve(order.artefact()))).as(order.artefact())
                    .isEqualTo(Digests.sha256(alone.workspace().root().resolve(area).resolve(order.artefact())));
            assertThat(stored(order.artefact())).as("shared for the assembly").isEqualTo(
                    Digests.sha256(alone.workspace().root().resolve(area).resolve(order.artefact())));
            try (Stream<Path> kept = Files.list(empty.resolve("segments"))) {
                List<Path> files = kept.filter(file -> !file.getFileName().toString().startsWith(".")).toList();
                assertThat(files).as("the segment, and its lead when the scene fades in (ADR 0041)")
                        .hasSize(order.sceneIndex() == 0 ? 1 : 2);
                for (Path file : files) {
                    assertThat(Digests.sha256(file)).as(file.getFileName().toString()).isEqualTo(
                            Digests.sha256(alone.workspace().root().resolve("segments").resolve(file.getFileName())));
                }
            }
            assertThat(empty.resolve("scripts")).as("no script was written or read back").doesNotExist();
            assertThat(speechClips(empty)).as("no speech was made or read back").isEmpty();
        }
        // the fan-out's overhead is timed step by step on the tasks' threads: every task counted once
        PrometheusScrape afterTasks = PrometheusScrape.now();
        assertThat(overheadCounted(beforeTasks, afterTasks, "artefact_put_background")).as("each put, where it ran")
                .isEqualTo(segments.size());
        assertThat(overheadCounted(beforeTasks, afterTasks, "artefact_put")).as("the worker's wait for them: the worker's")
                .isZero();
        assertThat(overheadCounted(beforeTasks, afterTasks, "input_get")).as("each task copied its inputs in")
                .isGreaterThanOrEqualTo(segments.size());

        // the soundtrack anywhere else ends for good, saying why: the assembly makes it itself
        PipelineOutcome elsewhere = pipeline.runTask(in(prepared, Files.createTempDirectory(scratch, "videogen-task-worker-")),
                soundtrack.artefact(), soundtrack.brief(), new PipelineListener() {
                    @Override
                    public boolean finishedBefore(Stage stage) {
                        return true;
                    }
                });
        assertThat(elsewhere).isInstanceOfSatisfying(PipelineOutcome.Failed.class, failed -> {
            assertThat(failed.failure().retryable()).isFalse();
            assertThat(failed.failure().message()).contains("stays on the worker that fanned its video out");
        });

        // the soundtrack on the worker that fanned out (its queue's first pick for it): the narration it
        // laid is still in its workspace under the name the brief asks for, so nothing is copied in
        PrometheusScrape beforeHome = PrometheusScrape.now();
        assertThat(pipeline.runTask(prepared, soundtrack.artefact(), soundtrack.brief(), new PipelineListener() {
            @Override
            public boolean finishedBefore(Stage stage) {
                return true;
            }
        })).isInstanceOf(PipelineOutcome.Completed.class);
        assertThat(overheadCounted(beforeHome, PrometheusScrape.now(), "input_get")).as("no narration copied")
                .isZero();
        assertThat(Digests.sha256(prepared.workspace().root().resolve("audio").resolve(soundtrack.artefact())))
                .isEqualTo(Digests.sha256(alone.workspace().root().resolve("audio").resolve(soundtrack.artefact())));
    }

    /** How many steps of this part {@code videogen_fanout_overhead_seconds} counted between two scrapes. */
    private static double overheadCounted(PrometheusScrape before, PrometheusScrape after, String part) {
        return after.value("videogen_fanout_overhead_seconds_count", "part", part)
                - before.value("videogen_fanout_overhead_seconds_count", "part", part);
    }

    /**
     * Three scenes, the middle one with the presenter (its drawn performance travels in the brief).
     * Numbered per run: the store keeps what earlier runs shared, and a segment found there is not handed out.
     */
    private static VideoDraft draft() {
        String run = String.valueOf(new java.security.SecureRandom().nextInt(1_000_000));
        List<SceneDraft> scenes = List.of(
                new SceneDraft("Run " + run + ": a worker with nothing on its disk renders this scene.", null, "One",
                        null, false),
                new SceneDraft("Run " + run + ": the presenter says this one, lips moving.", null, "Two", null, true),
                new SceneDraft("Run " + run + ": and this one ends the video.", null, "Three", null, false));
        return new VideoDraft(new VideoTitle("Task inputs"), new ScriptSource.Scenes(scenes), Map.of(), null,
                new VideoDraft.Look(VideoConfig.of("320x180", null, 15, "draft"), null, null, null), null, null, null);
    }

    /** The same render in another workspace: what a worker with another data directory would have. */
    private static RenderPipeline.Job in(RenderPipeline.Job job, Path root) {
        return new RenderPipeline.Job(job.videoId(), job.spec(), new RenderWorkspace(root), job.media(),
                job.avatarLook(), job.observer(), Tracing.Span.NONE, ProviderAccount.SERVER, SceneFanOut.NONE);
    }

    private String stored(String artefact) throws Exception {
        Path copy = Files.createTempFile(scratch, "videogen-shared-", artefact);
        media.copyTo(sharedKey(artefact), copy);
        return Digests.sha256(copy);
    }

    private static String sharedKey(String artefact) {
        return (artefact.startsWith("segment-") ? "artefacts/segments/" : "artefacts/soundtracks/") + artefact;
    }

    private static List<Path> speechClips(Path root) throws Exception {
        Path audio = root.resolve("audio");
        if (!Files.isDirectory(audio)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(audio)) {
            return files.filter(f -> f.getFileName().toString().startsWith("speech-")).toList();
        }
    }

    private static <T> T await(io.smallrye.mutiny.Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(60));
    }
}
