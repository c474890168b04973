package io.videogen.application.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.fakes.HeldClaim;
import io.videogen.application.fakes.Studio;
import io.videogen.application.port.in.RenderTaskUseCase;
import io.videogen.application.port.in.RenderTaskUseCase.Made;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoEvent.ProgressMade;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task of a fanned-out render (ADR 0024) as its worker sees it: what the claim and the finish read of
 * the video is all it uses — no load of the video before, no read of it after; what it made is put in the
 * store for the assembly unless this worker is the one that assembles.
 */
class RenderTaskServiceTest {

    @TempDir
    Path dir;
    Studio studio;
    RenderTaskService tasks;

    @BeforeEach
    void setUp() {
        studio = new Studio(dir);
        tasks = studio.taskService();
    }

    @Test
    void aTaskWhoseClaimFoundTheVideoNoLongerRenderingMakesNothing() {
        var result = tasks.make(VideoId.random(), Optional.empty(), "segment-ab12.mp4", new byte[] {1}, false, null,
                HeldClaim.heldWhile(() -> true)).await().atMost(Duration.ofSeconds(10));

        assertThat(result.made().outcome()).isEqualTo(Outcome.ABANDONED);
        assertThat(result.shares()).as("nothing made, nothing put").isFalse();
        assertThat(studio.tools.segmentsRendered).isEmpty();
    }

    @Test
    void progressIsTheCompositionsShareOverAllWorkersTasksAndNeverBelowWhatTheVideoStored() {
        VideoId video = VideoId.random();
        int half = RenderPipeline.overall(Stage.COMPOSITION, 50);

        tasks.progressed(video, 50, new Progress(Stage.COMPOSITION, 30)).await().atMost(Duration.ofSeconds(10));
        tasks.progressed(video, 50, new Progress(Stage.COMPOSITION, half + 5)).await().atMost(Duration.ofSeconds(10));
        tasks.progressed(video, 100, new Progress(Stage.COMPOSITION, 99)).await().atMost(Duration.ofSeconds(10));

        assertThat(studio.publisher.of(ProgressMade.class)).extracting(ProgressMade::progress).containsExactly(
                new Progress(Stage.COMPOSITION, half), new Progress(Stage.COMPOSITION, half + 5),
                new Progress(Stage.COMPOSITION, 99));
        assertThat(studio.publisher.of(ProgressMade.class)).extracting(ProgressMade::videoId).containsOnly(video);
    }

    @Test
    void theHomeWorkersTaskStaysInItsWorkspaceAndIsNotPut() throws Exception {
        VideoId video = VideoId.random();

        Made made = await(tasks.make(video, Optional.of(spec()), "segment-home.mp4", stillBrief(), true, null,
                HeldClaim.heldWhile(() -> true)));

        assertThat(made.made().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(made.shares()).isFalse();
        assertThat(await(made.outcome()).outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(studio.media.find("artefacts/segments/segment-home.mp4")).as("not put").isEmpty();
        assertThat(dir.resolve("work").resolve(video.value().toString()).resolve("segments/segment-home.mp4"))
                .as("where the assembly on this worker looks for it").exists();
    }

    @Test
    void anotherWorkersTaskIsSettledByThePutThatSharesWhatItMade() throws Exception {
        Made made = await(tasks.make(VideoId.random(), Optional.of(spec()), "segment-away.mp4", stillBrief(), false,
                null, HeldClaim.heldWhile(() -> true)));

        assertThat(made.made().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(made.shares()).isTrue();
        assertThat(await(made.outcome()).outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(studio.media.find("artefacts/segments/segment-away.mp4")).as("put for the assembly").isPresent();
    }

    @Test
    void aPutThatFailsFailsItsTaskRetryablyThoughTheSegmentWasMade() throws Exception {
        // a file where the store keeps the segments: no segment can be put there
        Files.createDirectories(dir.resolve("media/artefacts"));
        Files.writeString(dir.resolve("media/artefacts/segments"), "in the way");

        Made made = await(tasks.make(VideoId.random(), Optional.of(spec()), "segment-lost.mp4", stillBrief(), false,
                null, HeldClaim.heldWhile(() -> true)));

        assertThat(made.made().outcome()).isEqualTo(Outcome.COMPLETED);
        RenderResult settled = await(made.outcome());
        assertThat(settled.outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
        assertThat(settled.failure()).get().extracting(failure -> failure.stage()).isEqualTo(Stage.COMPOSITION);
    }

    /** Two still scenes' segments of one video, claimed as one run. */
    private List<RenderTaskUseCase.Task> aRunOfTwo() throws Exception {
        VideoId video = VideoId.random();
        VideoSpec spec = spec();
        byte[] brief = stillBrief();
        return List.of(new RenderTaskUseCase.Task(video, Optional.of(spec), "segment-first.mp4", brief, false, null),
                new RenderTaskUseCase.Task(video, Optional.of(spec), "segment-second.mp4", brief, false, null));
    }

    @Test
    void aRunsTasksAreMadeOneAfterAnotherInOneWorkspaceAndEachIsPut() throws Exception {
        List<Made> made = await(tasks.make(aRunOfTwo(), HeldClaim.heldWhile(() -> true)));

        assertThat(made).hasSize(2).allSatisfy(task -> {
            assertThat(task.made().outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(await(task.outcome()).outcome()).isEqualTo(Outcome.COMPLETED);
        });
        assertThat(studio.media.find("artefacts/segments/segment-first.mp4")).isPresent();
        assertThat(studio.media.find("artefacts/segments/segment-second.mp4")).isPresent();
    }

    @Test
    void aRunLostAtItsFirstTaskStartsNoOther() throws Exception {
        List<Made> made = await(tasks.make(aRunOfTwo(), HeldClaim.heldWhile(() -> false)));

        assertThat(made).as("the first, abandoned; the second never started").singleElement()
                .satisfies(task -> assertThat(task.made().outcome()).isEqualTo(Outcome.ABANDONED));
        assertThat(studio.media.find("artefacts/segments/segment-second.mp4")).isEmpty();
    }

    private VideoSpec spec() {
        return studio.create(studio.ana, "One scene for a task.").spec();
    }

    /** A still scene's brief, its still in the store where the job that fanned out would have put it. */
    private byte[] stillBrief() throws Exception {
        Path still = Files.writeString(dir.resolve("still.png"), "a still");
        studio.media.put("artefacts/inputs/still-1.png", still);
        return TaskBrief.bytes(new TaskBrief.Segment(0, Duration.ofSeconds(2), "artefacts/inputs/still-1.png", false,
                null, Duration.ZERO, List.of(), null, null, null));
    }

    private static <T> T await(io.smallrye.mutiny.Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(10));
    }
}
