package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.HeldPicturesTest.decodeAt30Fps;
import static io.videogen.infrastructure.media.HeldPicturesTest.full;
import static io.videogen.infrastructure.media.HeldPicturesTest.gradientPng;
import static io.videogen.infrastructure.media.HeldPicturesTest.meanDifference;
import static io.videogen.infrastructure.media.HeldPicturesTest.painted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
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

/** A part's file with coded segments copied in around its own frames (ADR 0045): one stream, or refused. */
class CodedSegmentTest {

    private static final int FPS = 30;
    private static final Resolution SIZE = new Resolution(320, 180);
    private static final MediaLimits LIMITS = MediaLimits.defaults();

    @TempDir
    Path dir;

    /** 2 s: a 0.5 s fade (frames 0-14), a caption from 0.3 s to 1.2 s (frames 9-35), the still after it. */
    private SegmentPlan plan(Quality quality) {
        Path still = gradientPng(dir, "slide.png", new Color(30, 60, 114), new Color(42, 82, 152), SIZE);
        Path previous = gradientPng(dir, "before.png", new Color(75, 19, 79), new Color(201, 75, 75), SIZE);
        TimedCaption caption = new TimedCaption(List.of("A caption"), Duration.ofMillis(300), Duration.ofMillis(1200));
        return new SegmentPlan(1, SIZE, FPS, quality, Duration.ofSeconds(2), still, false, previous,
                Duration.ofMillis(500), List.of(caption), CaptionStyle.defaults(), null);
    }

    private Path part(SegmentPlan plan, String name, int first, int end, SegmentRenderer.Around around) {
        Path file = dir.resolve(name);
        new SegmentRenderer(LIMITS).render(plan, file, p -> { }, LIMITS.budgetFor("test", plan.duration()), first, end,
                around);
        return file;
    }

    @Test
    void framesCodedBetweenCopiedSegmentsDecodeToThePaintedPicturesInOrder() {
        SegmentPlan plan = plan(Quality.HIGH);
        Path lead = part(plan, "lead.mp4", 0, 9, SegmentRenderer.Around.NOTHING);
        Path rest = part(plan, "rest.mp4", 36, 60, SegmentRenderer.Around.NOTHING);
        boolean[] coded = {false};
        Path scene = part(plan, "scene.mp4", 9, 36, new SegmentRenderer.Around(List.of(lead), () -> coded[0] = true,
                () -> {
                    assertThat(coded[0]).as("told coded before the segment after is asked for").isTrue();
                    return rest;
                }));

        // the copied frames are the copied packets: they decode to exactly what their own files decode to
        List<BufferedImage> decoded = decodeAt30Fps(scene, 60);
        List<BufferedImage> leadFrames = decodeAt30Fps(lead, 9);
        List<BufferedImage> restFrames = decodeAt30Fps(rest, 24);
        for (int frame = 0; frame < 9; frame++) {
            assertThat(meanDifference(decoded.get(frame), leadFrames.get(frame), full(SIZE)))
                    .as("frame %d against the lead's", frame).isZero();
        }
        for (int frame = 36; frame < 60; frame++) {
            assertThat(meanDifference(decoded.get(frame), restFrames.get(frame - 36), full(SIZE)))
                    .as("frame %d against the rest's", frame).isZero();
        }
        List<BufferedImage> painted = painted(plan, 60);
        for (int frame : new int[] {15, 20, 35, 36, 59}) {
            assertThat(meanDifference(decoded.get(frame), painted.get(frame), full(SIZE)))
                    .as("frame %d against its painted picture", frame).isLessThan(1.5);
        }
    }

    @Test
    void aSegmentCodedWithOtherParameterSetsIsRefused() {
        Path draft = part(plan(Quality.DRAFT), "draft.mp4", 0, 9, SegmentRenderer.Around.NOTHING);

        assertThatThrownBy(() -> part(plan(Quality.HIGH), "scene.mp4", 9, 60,
                new SegmentRenderer.Around(List.of(draft), () -> { }, () -> null)))
                .isInstanceOf(RenderStepException.class)
                .hasMessageContaining("encoded differently");
    }
}
