package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.HeldPicturesTest.decodeAt30Fps;
import static io.videogen.infrastructure.media.HeldPicturesTest.full;
import static io.videogen.infrastructure.media.HeldPicturesTest.gradientPng;
import static io.videogen.infrastructure.media.HeldPicturesTest.meanDifference;
import static io.videogen.infrastructure.media.HeldPicturesTest.painted;
import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.port.out.AvatarAnimator;
import io.videogen.application.port.out.AvatarAnimator.AvatarPerformance;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.application.render.RenderParallelism;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A presenter who holds a mouth shape for a few frames: inside the run of changing frames, each frame
 * that repeats the one before is written as a non-reference copy instead of going through x264 (ADR
 * 0028). The decoded video must still be the painted pictures, frame by frame and at the right times.
 */
class RepeatsInMovingRunsTest {

    private static final int FPS = 30;
    private static final int FRAMES = 90;
    private static final int FADE = 15;
    /** How long the presenter holds each mouth shape, in frames, over and over. */
    private static final int[] RUNS = {3, 1, 4, 2, 5, 1, 1, 6};

    @TempDir
    Path dir;

    private final FfmpegVideoComposer composer = new FfmpegVideoComposer(RenderParallelism.forThisMachine());

    @Test
    void aSpeakingPresenterDecodesToThePaintedPicturesWithItsRepeatsCopied() {
        Resolution size = new Resolution(640, 360);
        Path still = gradientPng(dir, "slide.png", new Color(19, 78, 94), new Color(113, 178, 128), size);
        Path previous = gradientPng(dir, "before.png", new Color(30, 60, 114), new Color(42, 82, 152), size);
        int[] poseOfFrame = speaking();
        AvatarPerformance presenter = new AvatarPerformance(500, 220, List.of(face(2), face(10), face(18)),
                poseOfFrame);
        TimedCaption caption = new TimedCaption(List.of("The presenter speaks"), Duration.ZERO, Duration.ofSeconds(3));
        SegmentPlan plan = new SegmentPlan(1, size, FPS, Quality.HIGH, Duration.ofSeconds(3), still, false, previous,
                Duration.ofMillis(500), List.of(caption), CaptionStyle.defaults(), presenter);
        Path segment = dir.resolve("presenter.mp4");

        composer.renderSegment(plan, segment, p -> { });

        List<BufferedImage> decoded = decodeAt30Fps(segment, FRAMES);
        List<BufferedImage> painted = painted(plan, FRAMES);
        Rectangle mouth = new Rectangle(520, 258, 20, 18);
        int copies = 0;
        for (int frame = FADE; frame < FRAMES; frame++) {
            assertThat(meanDifference(decoded.get(frame), painted.get(frame), full(size)))
                    .as("frame %d against its painted picture", frame).isLessThan(1.5);
            boolean repeats = frame > FADE && poseOfFrame[frame] == poseOfFrame[frame - 1];
            if (repeats) {
                copies++;
                assertThat(meanDifference(decoded.get(frame), decoded.get(frame - 1), full(size)))
                        .as("frame %d repeats frame %d", frame, frame - 1).isZero();
            } else if (frame > FADE) {
                // the mouth changed: the decoded frame shows the new mouth, not the one before
                assertThat(meanDifference(decoded.get(frame), painted.get(frame), mouth))
                        .as("frame %d's mouth", frame)
                        .isLessThan(meanDifference(decoded.get(frame), painted.get(frame - 1), mouth) / 3);
            }
        }
        // the fade's frames, its middle among them, are the blend of the two scenes' pictures
        try (SceneCanvas canvas = SceneCanvas.prepare(plan, FRAMES)) {
            for (int frame : new int[] {3, FADE / 2, FADE - 1}) {
                FrameKey key = canvas.keyOf(frame);
                BufferedImage from = copy(canvas.paintPrevious(key));
                BufferedImage to = copy(canvas.paint(frame, key));
                assertThat(meanDifference(decoded.get(frame), blend(from, to, (double) frame / FADE), full(size)))
                        .as("fade frame %d", frame).isLessThan(2.0);
            }
        }
        VideoPackets packets = VideoPackets.of(segment);
        assertThat(packets.count()).isEqualTo(FRAMES);
        assertThat(copies).isGreaterThan(30);
        assertThat(packets.nonReference()).as("every repeat is a copy x264 never saw").isEqualTo(copies);
        assertThat(packets.keyframes()).as("no span held a second: one GOP").isEqualTo(1);
    }

    @Test
    void theStandardQualityCopiesDecodeExactlyToo() {
        Resolution size = new Resolution(320, 180);
        Path still = gradientPng(dir, "still.png", new Color(75, 19, 79), new Color(201, 75, 75), size);
        int[] poseOfFrame = speaking();
        AvatarPerformance presenter = new AvatarPerformance(240, 100, List.of(face(2), face(10), face(18)),
                poseOfFrame);
        SegmentPlan plan = new SegmentPlan(0, size, FPS, Quality.STANDARD, Duration.ofSeconds(3), still, false, null,
                null, List.of(), CaptionStyle.defaults(), presenter);
        Path segment = dir.resolve("standard.mp4");

        composer.renderSegment(plan, segment, p -> { });

        List<BufferedImage> decoded = decodeAt30Fps(segment, FRAMES);
        List<BufferedImage> painted = painted(plan, FRAMES);
        for (int frame = 0; frame < FRAMES; frame++) {
            assertThat(meanDifference(decoded.get(frame), painted.get(frame), full(size)))
                    .as("frame %d against its painted picture", frame).isLessThan(3.0);
            if (frame > 0 && poseOfFrame[frame] == poseOfFrame[frame - 1]) {
                assertThat(meanDifference(decoded.get(frame), decoded.get(frame - 1), full(size))).isZero();
            }
        }
        assertThat(VideoPackets.of(segment).nonReference()).isPositive();
    }

    /** Mouth shapes held for the lengths of {@link #RUNS} in turn. */
    private static int[] speaking() {
        int[] poseOfFrame = new int[FRAMES];
        int frame = 0;
        for (int run = 0; frame < FRAMES; run++) {
            for (int i = 0; i < RUNS[run % RUNS.length] && frame < FRAMES; i++) {
                poseOfFrame[frame++] = run % 3;
            }
        }
        return poseOfFrame;
    }

    /** A face whose mouth is {@code open} pixels high. */
    private static AvatarAnimator.Picture face(int open) {
        BufferedImage pose = new BufferedImage(60, 60, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = pose.createGraphics();
        g.setColor(new Color(240, 200, 160));
        g.fillOval(0, 0, 60, 60);
        g.setColor(new Color(90, 20, 30));
        g.fillRect(20, 38, 20, open);
        g.dispose();
        return new AvatarAnimator.Picture(60, 60, pose.getRGB(0, 0, 60, 60, null, 0, 60));
    }

    private static BufferedImage copy(BufferedImage picture) {
        BufferedImage copy = new BufferedImage(picture.getWidth(), picture.getHeight(), picture.getType());
        picture.copyData(copy.getRaster());
        return copy;
    }

    private static BufferedImage blend(BufferedImage from, BufferedImage to, double progress) {
        BufferedImage result = new BufferedImage(from.getWidth(), from.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < from.getHeight(); y++) {
            for (int x = 0; x < from.getWidth(); x++) {
                int p = from.getRGB(x, y);
                int q = to.getRGB(x, y);
                int rgb = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    double mixed = ((p >> shift) & 255) * (1 - progress) + ((q >> shift) & 255) * progress;
                    rgb |= (int) Math.round(mixed) << shift;
                }
                result.setRGB(x, y, rgb);
            }
        }
        return result;
    }
}
