package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.videogen.application.port.out.AvatarAnimator;
import io.videogen.application.port.out.AvatarAnimator.AvatarPerformance;
import io.videogen.application.port.out.VideoComposer.MediaInfo;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentRenderingTest {

    private static final Resolution SMALL = new Resolution(320, 180);

    @TempDir
    Path dir;

    private final FfmpegVideoComposer composer = new FfmpegVideoComposer(io.videogen.application.render.RenderParallelism.forThisMachine());

    @Test
    void segmentHasExactFrameCountFpsAndStartsWithKeyframe() {
        Path still = TestMedia.solidPng(dir, "still.png", new Color(40, 80, 160), 640, 360);
        Path segment = dir.resolve("scene-0.mp4");
        List<Integer> progress = new ArrayList<>();

        composer.renderSegment(plan(still, Duration.ofMillis(2500), 25, null, null, List.of(), null), segment, progress::add);

        MediaInfo info = composer.probe(segment);
        assertThat(info.streams()).hasSize(1);
        MediaInfo.Stream video = info.streams().get(0);
        assertThat(video.codec()).isEqualTo("h264");
        assertThat(video.width()).isEqualTo(320);
        assertThat(video.height()).isEqualTo(180);
        assertThat(video.fps()).isEqualTo(25.0);
        assertThat(info.duration().toMillis()).isCloseTo(2500, within(45L));
        VideoPackets packets = VideoPackets.of(segment);
        assertThat(packets.count()).isEqualTo(63); // round(2.5 * 25)
        assertThat(packets.startsWithKeyframe()).isTrue();
        assertThat(progress).endsWith(100);
        assertThat(dir).isDirectoryNotContaining("glob:**.partial*");
    }

    @Test
    void crossfadeBlendsFromThePreviousStill() {
        Path still = TestMedia.solidPng(dir, "blue.png", new Color(0, 0, 200), 320, 180);
        Path previous = TestMedia.solidPng(dir, "red.png", new Color(200, 0, 0), 320, 180);
        Path segment = dir.resolve("fade.mp4");

        composer.renderSegment(plan(still, Duration.ofSeconds(2), 20, previous, Duration.ofSeconds(1), List.of(), null),
                segment, p -> { });

        List<BufferedImage> frames = decodeAll(segment);
        assertThat(frames).hasSize(40);
        int[] first = TestMedia.rgb(frames.get(0), 160, 90);
        int[] middle = TestMedia.rgb(frames.get(10), 160, 90);
        int[] after = TestMedia.rgb(frames.get(25), 160, 90);
        assertThat(first[0]).isGreaterThan(180);
        assertThat(first[2]).isLessThan(25);
        assertThat(middle[0]).isBetween(80, 120);
        assertThat(middle[2]).isBetween(80, 120);
        assertThat(after[0]).isLessThan(25);
        assertThat(after[2]).isGreaterThan(180);
    }

    @Test
    void captionShowsOnlyDuringItsTime() {
        Path still = TestMedia.solidPng(dir, "black.png", Color.BLACK, 320, 180);
        Path segment = dir.resolve("caption.mp4");
        TimedCaption caption = new TimedCaption(List.of("Hello there"), Duration.ofMillis(500), Duration.ofMillis(1000));
        CaptionStyle style = new CaptionStyle(48, new io.videogen.domain.shared.RgbColor(255, 255, 255),
                new io.videogen.domain.shared.RgbColor(255, 255, 0), 1.0, CaptionStyle.Position.BOTTOM);

        composer.renderSegment(new SegmentPlan(0, SMALL, 20, Quality.DRAFT, Duration.ofMillis(1500), still, false,
                null, null, List.of(caption), style, null), segment, p -> { });

        List<BufferedImage> frames = decodeAll(segment);
        CaptionCard card = CaptionCard.draw(caption, style, SMALL);
        // A point inside the (opaque yellow) box but left of the text.
        int x = card.x() + 4;
        int y = card.y() + card.image().getHeight() / 2;
        assertThat(TestMedia.rgb(frames.get(5), x, y)[2]).isLessThan(40).as("before: black");
        assertThat(TestMedia.rgb(frames.get(5), x, y)[0]).isLessThan(40);
        assertThat(TestMedia.rgb(frames.get(12), x, y)[0]).isGreaterThan(200);   // yellow box
        assertThat(TestMedia.rgb(frames.get(12), x, y)[2]).isLessThan(60);
        assertThat(TestMedia.rgb(frames.get(25), x, y)[0]).isLessThan(40);       // gone again
    }

    @Test
    void avatarPoseIsDrawnAtItsPosition() {
        Path still = TestMedia.solidPng(dir, "grey.png", Color.BLACK, 320, 180);
        Path segment = dir.resolve("avatar.mp4");
        AvatarAnimator.Picture red = pose(new Color(230, 20, 20));
        AvatarAnimator.Picture green = pose(new Color(20, 230, 20));
        int[] poseOfFrame = new int[20];
        for (int i = 10; i < 20; i++) {
            poseOfFrame[i] = 1;
        }
        AvatarPerformance avatar = new AvatarPerformance(200, 40, List.of(red, green), poseOfFrame);

        composer.renderSegment(plan(still, Duration.ofSeconds(1), 20, null, null, List.of(), avatar), segment, p -> { });

        List<BufferedImage> frames = decodeAll(segment);
        assertThat(TestMedia.rgb(frames.get(3), 220, 60)[0]).isGreaterThan(190);
        assertThat(TestMedia.rgb(frames.get(15), 220, 60)[1]).isGreaterThan(190);
        assertThat(TestMedia.rgb(frames.get(15), 150, 60)[1]).isLessThan(30);     // outside the pose
        assertThat(TestMedia.rgb(frames.get(3), 203, 43)).as("transparent pose corner shows the still")
                .satisfies(rgb -> assertThat(rgb[0]).isLessThan(40));
    }

    @Test
    void kenBurnsMovesTheStill720p() {
        BufferedImage pattern = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 1600; x++) {
            for (int y = 0; y < 900; y++) {
                pattern.setRGB(x, y, ((x / 40 + y / 40) % 2 == 0) ? 0xffffff : 0x204080);
            }
        }
        Path still = dir.resolve("pattern.png");
        try {
            javax.imageio.ImageIO.write(pattern, "png", still.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path segment = dir.resolve("kenburns.mp4");
        SegmentPlan plan = new SegmentPlan(0, new Resolution(1280, 720), 30, Quality.STANDARD, Duration.ofSeconds(2),
                still, true, null, null, List.of(), CaptionStyle.defaults(), null);

        composer.renderSegment(plan, segment, p -> { });

        assertThat(VideoPackets.of(segment).count()).isEqualTo(60);
        try (VideoFrameReader reader = new VideoFrameReader(segment, "mov", 2)) {
            BufferedImage first = reader.pictureAt(0);
            assertThat(first.getWidth()).isEqualTo(1280);
            BufferedImage last = reader.pictureAt(1.95);
            assertThat(differingPixels(first, last)).isGreaterThan(1280 * 720 / 10);
        }
    }

    static long differingPixels(BufferedImage a, BufferedImage b) {
        long count = 0;
        for (int y = 0; y < a.getHeight(); y += 4) {
            for (int x = 0; x < a.getWidth(); x += 4) {
                if (Math.abs((a.getRGB(x, y) & 255) - (b.getRGB(x, y) & 255)) > 40) {
                    count += 16;
                }
            }
        }
        return count;
    }

    private static AvatarAnimator.Picture pose(Color color) {
        BufferedImage pose = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = pose.createGraphics();
        g.setColor(color);
        g.fillRect(8, 8, 32, 32);   // the top-left 8 px stay transparent
        g.dispose();
        return new AvatarAnimator.Picture(40, 40, pose.getRGB(0, 0, 40, 40, null, 0, 40));
    }

    static List<BufferedImage> decodeAll(Path video) {
        List<BufferedImage> frames = new ArrayList<>();
        try (VideoFrameReader reader = new VideoFrameReader(video, "mov", 2)) {
            while (reader.nextFrame()) {
                frames.add(reader.current());
            }
        }
        return frames;
    }

    static SegmentPlan plan(Path still, Duration duration, int fps, Path previous, Duration transition,
                            List<TimedCaption> captions, AvatarPerformance avatar) {
        return new SegmentPlan(0, SMALL, fps, Quality.DRAFT, duration, still, false, previous, transition, captions,
                CaptionStyle.defaults(), avatar);
    }
}
