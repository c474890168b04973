package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.HeldPicturesTest.decodeAt30Fps;
import static io.videogen.infrastructure.media.HeldPicturesTest.full;
import static io.videogen.infrastructure.media.HeldPicturesTest.gradientPng;
import static io.videogen.infrastructure.media.HeldPicturesTest.meanDifference;
import static io.videogen.infrastructure.media.HeldPicturesTest.painted;
import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.application.render.RenderParallelism;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scene encoded as two halves is cut where its picture changes, not inside a held picture (ADR 0030). */
class SceneHalvesTest {

    private static final int FPS = 30;
    private static final Resolution SIZE = new Resolution(640, 360);

    @TempDir
    Path dir;

    /** 6 s: a 0.5 s fade (frames 0-14), caption one to 2.2 s (frames 0-65), caption two to the end (66-179). */
    private SegmentPlan slide(boolean kenBurns) {
        Path still = gradientPng(dir, "slide.png", new Color(30, 60, 114), new Color(42, 82, 152), SIZE);
        Path previous = gradientPng(dir, "before.png", new Color(75, 19, 79), new Color(201, 75, 75), SIZE);
        TimedCaption first = new TimedCaption(List.of("The first caption"), Duration.ZERO, Duration.ofMillis(2200));
        TimedCaption second = new TimedCaption(List.of("Then another one"), Duration.ofMillis(2200),
                Duration.ofSeconds(6));
        return new SegmentPlan(1, SIZE, FPS, Quality.HIGH, Duration.ofSeconds(6), still, kenBurns, previous,
                Duration.ofMillis(500), List.of(first, second), CaptionStyle.defaults(), null);
    }

    @Test
    void overAStillTheCutIsTheCaptionChangeNearestTheBalance() {
        // balanced: (180 - 2 x 15) / 2 = 75; the caption changes at frame 66, within a quarter of the scene
        assertThat(SceneHalves.cut(slide(false), 180)).isEqualTo(66);
    }

    @Test
    void aMovingBackgroundIsCutAtTheBalance() {
        assertThat(SceneHalves.cut(slide(true), 180)).isEqualTo(75);
    }

    @Test
    void withoutAChangeNearTheBalanceTheCutIsTheBalance() {
        SegmentPlan plan = slide(false);
        TimedCaption early = new TimedCaption(List.of("Early"), Duration.ZERO, Duration.ofMillis(600));
        SegmentPlan farChange = new SegmentPlan(1, SIZE, FPS, Quality.HIGH, plan.duration(), plan.still(), false,
                plan.previousStill(), plan.transition(), List.of(early), CaptionStyle.defaults(), null);
        assertThat(SceneHalves.cut(farChange, 180)).isEqualTo(75);
    }

    @Test
    void aSceneCutAtItsCaptionChangeDecodesToThePaintedPicturesWithOneGopPerHeldPicture() {
        SegmentPlan plan = slide(false);
        FfmpegVideoComposer composer = new FfmpegVideoComposer(
                new RenderParallelism(1, 2, 2, RenderParallelism.HD_AREA, true));
        Path segment = dir.resolve("halves.mp4");

        composer.renderSegment(plan, segment, p -> { });

        List<BufferedImage> decoded = decodeAt30Fps(segment, 180);
        List<BufferedImage> painted = painted(plan, 180);
        for (int frame : new int[] {15, 40, 65, 66, 67, 120, 179}) {
            assertThat(meanDifference(decoded.get(frame), painted.get(frame), full(SIZE)))
                    .as("frame %d against its painted picture", frame).isLessThan(1.5);
        }
        for (int[] span : new int[][] {{15, 66}, {66, 180}}) {
            for (int frame = span[0] + 1; frame < span[1]; frame++) {
                assertThat(meanDifference(decoded.get(frame), decoded.get(span[0]), full(SIZE)))
                        .as("frame %d repeats frame %d", frame, span[0]).isZero();
            }
        }
        // cut at the balance (frame 75), caption two would have started a GOP at 66 and another at 75
        assertThat(VideoPackets.of(segment).keyframes()).as("the fade, then one GOP per held picture").isEqualTo(3);
        assertThat(VideoPackets.of(segment).count()).isEqualTo(180);
    }
}
