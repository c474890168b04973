package io.videogen.application.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.fakes.HeldClaim;
import io.videogen.application.fakes.Studio;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoEvent.ProgressMade;
import io.videogen.domain.video.VideoId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task of a fanned-out render (ADR 0024) as its worker sees it: what the claim and the finish read of
 * the video is all it uses — no load of the video before, no read of it after.
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
        var result = tasks.make(VideoId.random(), Optional.empty(), "segment-ab12.mp4", new byte[] {1}, null,
                HeldClaim.heldWhile(() -> true)).await().atMost(Duration.ofSeconds(10));

        assertThat(result.outcome()).isEqualTo(Outcome.ABANDONED);
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
}
