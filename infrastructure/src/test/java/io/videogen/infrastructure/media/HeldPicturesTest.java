package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.videogen.application.port.out.AvatarAnimator;
import io.videogen.application.port.out.AvatarAnimator.AvatarPerformance;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.application.render.RenderParallelism;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spans of a segment whose picture does not change are coded once and repeated (ADR 0020): the
 * decoded video must still be, frame by frame and at the right times, the pictures painted for it.
 */
class HeldPicturesTest {

    private static final int FPS = 30;

    @TempDir
    Path dir;

    private final FfmpegVideoComposer composer = new FfmpegVideoComposer(RenderParallelism.forThisMachine());

    @Test
    void aSlideWithCaptionChangesDecodesToThePaintedPicturesFrameByFrame() {
        Resolution size = new Resolution(640, 360);
        Path still = gradientPng(dir, "slide.png", new Color(30, 60, 114), new Color(42, 82, 152), size);
        Path previous = gradientPng(dir, "before.png", new Color(75, 19, 79), new Color(201, 75, 75), size);
        TimedCaption first = new TimedCaption(List.of("The first caption"), Duration.ZERO, Duration.ofMillis(1500));
        TimedCaption second = new TimedCaption(List.of("Then another one"), Duration.ofMillis(1500),
                Duration.ofMillis(3000));
        // 4 s at 30 fps: a 0.5 s fade (frames 0-14), then caption one (15-44), caption two (45-89), none (90-119)
        SegmentPlan plan = new SegmentPlan(1, size, FPS, Quality.HIGH, Duration.ofSeconds(4), still, false, previous,
                Duration.ofMillis(500), List.of(first, second), CaptionStyle.defaults(), null);
        Path segment = dir.resolve("slide.mp4");

        composer.renderSegment(plan, segment, p -> { });

        List<BufferedImage> decoded = decodeAt30Fps(segment, 120);
        List<BufferedImage> painted = painted(plan, 120);
        Rectangle captions = captionArea(plan);
        for (int frame : new int[] {15, 30, 44, 45, 46, 89, 90, 119}) {
            assertThat(meanDifference(decoded.get(frame), painted.get(frame), full(size)))
                    .as("frame %d against its painted picture", frame).isLessThan(1.5);
        }
        // the frames either side of each change show the picture before and the picture after
        for (int[] change : new int[][] {{44, 45}, {89, 90}}) {
            BufferedImage before = painted.get(change[0]);
            BufferedImage after = painted.get(change[1]);
            assertThat(meanDifference(decoded.get(change[0]), before, captions))
                    .isLessThan(meanDifference(decoded.get(change[0]), after, captions) / 4);
            assertThat(meanDifference(decoded.get(change[1]), after, captions))
                    .isLessThan(meanDifference(decoded.get(change[1]), before, captions) / 4);
        }
        // a held span's frames are its first frame's picture exactly
        for (int[] span : new int[][] {{15, 45}, {45, 90}, {90, 120}}) {
            for (int frame = span[0] + 1; frame < span[1]; frame++) {
                assertThat(meanDifference(decoded.get(frame), decoded.get(span[0]), full(size)))
                        .as("frame %d repeats frame %d", frame, span[0]).isZero();
            }
        }
        // the fade still goes through the encoder, frame by frame
        assertThat(meanDifference(decoded.get(7), painted.get(14), full(size))).isGreaterThan(5);
        VideoPackets packets = VideoPackets.of(segment);
        assertThat(packets.count()).isEqualTo(120);
        assertThat(packets.keyframes()).as("the fade, then one GOP per held picture").isEqualTo(4);
        assertThat(composer.probe(segment).duration().toMillis()).isCloseTo(4000, within(1L));
    }

    @Test
    void aSceneWhereEveryFrameChangesIsEncodedFrameByFrame() {
        Resolution size = new Resolution(320, 180);
        Path still = gradientPng(dir, "photo.png", new Color(20, 120, 60), new Color(220, 200, 40), new Resolution(640, 360));
        int frames = 60;
        int[] poseOfFrame = new int[frames];
        for (int i = 0; i < frames; i++) {
            poseOfFrame[i] = i % 3;
        }
        AvatarPerformance presenter = new AvatarPerformance(220, 90, List.of(pose(Color.RED), pose(Color.GREEN),
                pose(Color.BLUE)), poseOfFrame);
        TimedCaption caption = new TimedCaption(List.of("Moving all the time"), Duration.ZERO, Duration.ofSeconds(2));
        SegmentPlan plan = new SegmentPlan(2, size, FPS, Quality.STANDARD, Duration.ofSeconds(2), still, true, null,
                null, List.of(caption), CaptionStyle.defaults(), presenter);
        Path segment = dir.resolve("moving.mp4");

        composer.renderSegment(plan, segment, p -> { });

        List<BufferedImage> decoded = decodeAt30Fps(segment, frames);
        List<BufferedImage> painted = painted(plan, frames);
        for (int frame = 0; frame < frames; frame++) {
            assertThat(meanDifference(decoded.get(frame), painted.get(frame), full(size)))
                    .as("frame %d against its painted picture", frame).isLessThan(4.0);
            if (frame > 0) {
                assertThat(meanDifference(decoded.get(frame), decoded.get(frame - 1), full(size))).isPositive();
            }
        }
        assertThat(VideoPackets.of(segment).keyframes()).as("nothing held: one GOP").isEqualTo(1);
    }

    /** Decodes every frame, checking that frame n shows at n / 30 s exactly. */
    static List<BufferedImage> decodeAt30Fps(Path video, int expected) {
        List<BufferedImage> frames = new ArrayList<>();
        try (VideoFrameReader reader = new VideoFrameReader(video, "mov", 2)) {
            while (reader.nextFrame()) {
                assertThat(reader.currentSeconds()).as("time of frame %d", frames.size())
                        .isCloseTo(frames.size() / (double) FPS, within(1e-6));
                frames.add(reader.current());
            }
        }
        assertThat(frames).hasSize(expected);
        return frames;
    }

    /** The scene's own pictures as the renderer paints them, frame by frame (the fade's frames without the fade). */
    static List<BufferedImage> painted(SegmentPlan plan, int frames) {
        List<BufferedImage> pictures = new ArrayList<>();
        try (SceneCanvas canvas = SceneCanvas.prepare(plan, frames)) {
            for (int frame = 0; frame < frames; frame++) {
                BufferedImage picture = canvas.paint(frame, canvas.keyOf(frame));
                BufferedImage copy = new BufferedImage(picture.getWidth(), picture.getHeight(), picture.getType());
                picture.copyData(copy.getRaster());
                pictures.add(copy);
            }
        }
        return pictures;
    }

    private static Rectangle captionArea(SegmentPlan plan) {
        Rectangle area = null;
        for (TimedCaption caption : plan.captions()) {
            CaptionCard card = CaptionCard.draw(caption, plan.captionStyle(), plan.frame());
            Rectangle box = new Rectangle(card.x(), card.y(), card.image().getWidth(), card.image().getHeight());
            area = area == null ? box : area.union(box);
        }
        return area;
    }

    static Rectangle full(Resolution size) {
        return new Rectangle(0, 0, size.width(), size.height());
    }

    /** Mean absolute difference per colour channel over the region, 0 to 255. */
    static double meanDifference(BufferedImage a, BufferedImage b, Rectangle region) {
        long total = 0;
        for (int y = region.y; y < region.y + region.height; y++) {
            for (int x = region.x; x < region.x + region.width; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    total += Math.abs(((p >> shift) & 255) - ((q >> shift) & 255));
                }
            }
        }
        return total / (3.0 * region.width * region.height);
    }

    static Path gradientPng(Path dir, String name, Color from, Color to, Resolution size) {
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, from, size.width(), size.height(), to));
        g.fillRect(0, 0, size.width(), size.height());
        g.setColor(Color.WHITE);
        g.fillOval(size.width() / 8, size.height() / 8, size.width() / 4, size.height() / 4);
        g.dispose();
        return TestMedia.png(dir, name, image);
    }

    static AvatarAnimator.Picture pose(Color color) {
        BufferedImage pose = new BufferedImage(60, 60, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = pose.createGraphics();
        g.setColor(color);
        g.fillOval(0, 0, 60, 60);
        g.dispose();
        return new AvatarAnimator.Picture(60, 60, pose.getRGB(0, 0, 60, 60, null, 0, 60));
    }
}
