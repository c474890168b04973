package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneCanvasTest {

    private static final Resolution SIZE = new Resolution(128, 72);
    private static final int FPS = 30;

    @TempDir
    Path dir;

    @Test
    void aPartAfterTheFadeNeverReadsThePreviousScenesStill() throws Exception {
        Path still = TestMedia.solidPng(dir, "own.png", new Color(0, 0, 250), 128, 72);
        Path previous = TestMedia.solidPng(dir, "before.png", new Color(250, 0, 0), 128, 72);
        TimedCaption caption = new TimedCaption(List.of("late"), Duration.ofSeconds(2), Duration.ofSeconds(3));
        SegmentPlan plan = new SegmentPlan(1, SIZE, FPS, Quality.HIGH, Duration.ofSeconds(4), still, false, previous,
                Duration.ofMillis(500), List.of(caption), CaptionStyle.defaults(), null);
        Files.delete(previous);   // as if the second half, far from the fade, were all that is painted

        try (SceneCanvas canvas = SceneCanvas.prepare(plan, plan.frameCount())) {
            assertThat(canvas.transitionFrames()).isEqualTo(15);
            FrameKey key = canvas.keyOf(30);
            assertThat(TestMedia.rgb(canvas.paint(30, key), 5, 5)).containsExactly(0, 0, 250);
            assertThat(canvas.keyOf(60).caption()).as("the caption's frames are known without its card").isZero();
            assertThat(canvas.keyOf(59).caption()).isEqualTo(-1);
            assertThat(canvas.keyOf(90).caption()).isEqualTo(-1);

            assertThatThrownBy(() -> canvas.paintPrevious(canvas.keyOf(0))).as("a fade frame reads it")
                    .isInstanceOf(RenderStepException.class);
        }
    }

    @Test
    void aFadeFramePaintsThePreviousScenesStillWithThisFramesCaption() {
        Path still = TestMedia.solidPng(dir, "own.png", new Color(0, 0, 250), 128, 72);
        Path previous = TestMedia.solidPng(dir, "before.png", new Color(250, 0, 0), 128, 72);
        SegmentPlan plan = new SegmentPlan(1, SIZE, FPS, Quality.HIGH, Duration.ofSeconds(1), still, false, previous,
                Duration.ofMillis(500), List.of(), CaptionStyle.defaults(), null);

        try (SceneCanvas canvas = SceneCanvas.prepare(plan, plan.frameCount())) {
            assertThat(TestMedia.rgb(canvas.paintPrevious(canvas.keyOf(0)), 5, 5)).containsExactly(250, 0, 0);
            assertThat(TestMedia.rgb(canvas.paint(0, canvas.keyOf(0)), 5, 5)).containsExactly(0, 0, 250);
            assertThat(TestMedia.rgb(canvas.paintPrevious(canvas.keyOf(1)), 5, 5)).containsExactly(250, 0, 0);
        }
    }
}
