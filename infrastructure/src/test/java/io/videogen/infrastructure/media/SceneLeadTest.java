package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.HeldPicturesTest.decodeAt30Fps;
import static io.videogen.infrastructure.media.HeldPicturesTest.full;
import static io.videogen.infrastructure.media.HeldPicturesTest.gradientPng;
import static io.videogen.infrastructure.media.HeldPicturesTest.meanDifference;
import static io.videogen.infrastructure.media.HeldPicturesTest.pose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.application.port.out.AvatarAnimator.AvatarPerformance;
import io.videogen.application.port.out.VideoComposer.SceneLead;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.application.render.RenderParallelism;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scene's lead — the fade's frames before its first caption — coded as a segment of its own and
 * copied in front of the rest of the scene (ADR 0041): the decoded scene is still the painted
 * pictures, and a scene with other words and the same lead finds it made.
 */
class SceneLeadTest {

    private static final int FPS = 30;
    private static final Resolution SIZE = new Resolution(640, 360);

    @TempDir
    Path dir;

    /** Both halves side by side, as a re-rendered scene is encoded. */
    private final FfmpegVideoComposer composer = new FfmpegVideoComposer(
            new RenderParallelism(1, 2, 2, RenderParallelism.HD_AREA, true));

    /**
     * 4 s: a 0.5 s fade (frames 0-14), caption one from 0.3 s (frame 9) to 1.5 s, caption two to the
     * end: the lead is frames 0-8.
     */
    private SegmentPlan slide(String words, AvatarPerformance presenter, Duration length) {
        Path still = gradientPng(dir, "slide.png", new Color(30, 60, 114), new Color(42, 82, 152), SIZE);
        Path previous = gradientPng(dir, "before.png", new Color(75, 19, 79), new Color(201, 75, 75), SIZE);
        TimedCaption first = new TimedCaption(List.of(words), Duration.ofMillis(300), Duration.ofMillis(1500));
        TimedCaption second = new TimedCaption(List.of("Then another one"), Duration.ofMillis(1500), length);
        return new SegmentPlan(1, SIZE, FPS, Quality.HIGH, length, still, false, previous, Duration.ofMillis(500),
                List.of(first, second), CaptionStyle.defaults(), presenter);
    }

    @Test
    void theLeadIsTheFadesFramesBeforeTheFirstCaption() {
        SegmentPlan plan = slide("The first caption", null, Duration.ofSeconds(4));
        assertThat(plan.captionFreeFadeFrames()).isEqualTo(9);
        TimedCaption fromTheStart = new TimedCaption(List.of("At once"), Duration.ZERO, Duration.ofSeconds(1));
        SegmentPlan captionAtOnce = new SegmentPlan(1, SIZE, FPS, Quality.HIGH, plan.duration(), plan.still(), false,
                plan.previousStill(), plan.transition(), List.of(fromTheStart), CaptionStyle.defaults(), null);
        assertThat(captionAtOnce.captionFreeFadeFrames()).isZero();
        assertThat(new SegmentPlan(1, SIZE, FPS, Quality.HIGH, plan.duration(), plan.still(), false,
                plan.previousStill(), plan.transition(), List.of(), CaptionStyle.defaults(), null)
                .captionFreeFadeFrames()).as("no caption: the whole fade").isEqualTo(15);
        assertThat(new SegmentPlan(0, SIZE, FPS, Quality.HIGH, plan.duration(), plan.still(), false, null,
                Duration.ZERO, plan.captions(), CaptionStyle.defaults(), null).captionFreeFadeFrames()).isZero();
        // a lead over a caption would be named without the caption it shows
        SegmentPlan wrong = captionAtOnce.withLead(new SceneLead(dir.resolve("lead.mp4"), 5));
        assertThatThrownBy(() -> composer.renderSegment(wrong, dir.resolve("wrong.mp4"), p -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSceneWithItsLeadDecodesToThePaintedPicturesAndTheRestStartsAGop() {
        Path lead = dir.resolve("lead.mp4");
        SegmentPlan plan = slide("The first caption", null, Duration.ofSeconds(4)).withLead(new SceneLead(lead, 9));
        Path segment = dir.resolve("scene.mp4");

        composer.renderSegment(plan, segment, p -> { });

        assertShowsThePaintedPictures(plan, segment, 120, 1.5, new int[] {0, 4, 8, 9, 10, 14, 15, 44, 45, 119});
        List<VideoPackets.Packet> leadPackets = VideoPackets.payloads(lead);
        assertThat(leadPackets).hasSize(9);
        List<VideoPackets.Packet> packets = VideoPackets.payloads(segment);
        assertThat(packets).hasSize(120);
        for (int frame = 0; frame < 9; frame++) {
            assertThat(packets.get(frame).data()).as("packet %d is the lead's", frame)
                    .isEqualTo(leadPackets.get(frame).data());
        }
        assertThat(packets.get(9).key()).as("the captioned rest of the fade starts a GOP").isTrue();
        // the lead, the rest of the fade, one GOP per held picture (the cut falls on caption two)
        assertThat(VideoPackets.of(segment).keyframes()).isEqualTo(4);
    }

    @Test
    void aSceneWithOtherWordsFindsItsLeadMadeAndCodesOnlyTheRest() throws IOException {
        Path lead = dir.resolve("lead.mp4");
        composer.renderSegment(slide("The first caption", null, Duration.ofSeconds(4))
                .withLead(new SceneLead(lead, 9)), dir.resolve("before.mp4"), p -> { });
        Object made = Files.readAttributes(lead, BasicFileAttributes.class).fileKey();
        byte[] madeBytes = Files.readAllBytes(lead);
        // the edit: other words for caption one, and a longer scene
        SegmentPlan edited = slide("Other words now", null, Duration.ofMillis(4500)).withLead(new SceneLead(lead, 9));
        Path segment = dir.resolve("edited.mp4");

        composer.renderSegment(edited, segment, p -> { });

        assertThat(Files.readAttributes(lead, BasicFileAttributes.class).fileKey())
                .as("the lead was found, not made again").isEqualTo(made);
        assertThat(Files.readAllBytes(lead)).isEqualTo(madeBytes);
        assertShowsThePaintedPictures(edited, segment, 135, 1.5, new int[] {0, 8, 9, 12, 14, 15, 30, 134});
        List<VideoPackets.Packet> leadPackets = VideoPackets.payloads(lead);
        List<VideoPackets.Packet> packets = VideoPackets.payloads(segment);
        for (int frame = 0; frame < 9; frame++) {
            assertThat(packets.get(frame).data()).isEqualTo(leadPackets.get(frame).data());
        }
    }

    @Test
    void aPresenterSceneWithALeadDecodesToThePaintedPicturesFrameByFrame() {
        int frames = 60;
        int[] poseOfFrame = new int[frames];
        for (int i = 0; i < frames; i++) {
            poseOfFrame[i] = i < 12 ? 0 : (i / 2) % 3;   // at rest, then speaking
        }
        AvatarPerformance presenter = new AvatarPerformance(420, 200, List.of(pose(Color.RED), pose(Color.GREEN),
                pose(Color.BLUE)), poseOfFrame);
        Path lead = dir.resolve("presenter-lead.mp4");
        SegmentPlan plan = slide("The first caption", presenter, Duration.ofSeconds(2)).withLead(new SceneLead(lead, 9));
        Path segment = dir.resolve("presenter.mp4");
        FfmpegVideoComposer oneEncoder = new FfmpegVideoComposer(
                new RenderParallelism(1, 1, 1, RenderParallelism.HD_AREA, false));

        oneEncoder.renderSegment(plan, segment, p -> { });

        int[] every = new int[frames];
        for (int i = 0; i < frames; i++) {
            every[i] = i;
        }
        assertShowsThePaintedPictures(plan, segment, frames, 3.0, every);
        assertThat(VideoPackets.payloads(lead)).hasSize(9);
        assertThat(VideoPackets.payloads(segment).get(9).key()).isTrue();
    }

    private static void assertShowsThePaintedPictures(SegmentPlan plan, Path segment, int frames, double tolerance,
                                                      int[] at) {
        List<BufferedImage> decoded = decodeAt30Fps(segment, frames);
        List<BufferedImage> expected = shown(plan, frames);
        for (int frame : at) {
            assertThat(meanDifference(decoded.get(frame), expected.get(frame), full(SIZE)))
                    .as("frame %d against its painted picture", frame).isLessThan(tolerance);
        }
        // the fade moves: its middle is far from both its ends
        assertThat(meanDifference(decoded.get(7), expected.get(0), full(SIZE))).isGreaterThan(5);
        assertThat(meanDifference(decoded.get(7), expected.get(14), full(SIZE))).isGreaterThan(5);
    }

    /** The pictures the scene shows, frame by frame: the fade's frames blended from the previous scene's. */
    static List<BufferedImage> shown(SegmentPlan plan, int frames) {
        List<BufferedImage> pictures = new ArrayList<>();
        try (SceneCanvas canvas = SceneCanvas.prepare(plan, frames)) {
            for (int frame = 0; frame < frames; frame++) {
                FrameKey key = canvas.keyOf(frame);
                BufferedImage picture = copy(canvas.paint(frame, key));
                if (frame < canvas.transitionFrames()) {
                    BufferedImage from = copy(canvas.paintPrevious(key));
                    double progress = (double) frame / canvas.transitionFrames();
                    for (int y = 0; y < picture.getHeight(); y++) {
                        for (int x = 0; x < picture.getWidth(); x++) {
                            picture.setRGB(x, y, blend(from.getRGB(x, y), picture.getRGB(x, y), progress));
                        }
                    }
                }
                pictures.add(picture);
            }
        }
        return pictures;
    }

    private static int blend(int from, int to, double progress) {
        int rgb = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double value = ((from >> shift) & 255) * (1 - progress) + ((to >> shift) & 255) * progress;
            rgb |= (int) Math.round(value) << shift;
        }
        return rgb;
    }

    private static BufferedImage copy(BufferedImage picture) {
        BufferedImage copy = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.getGraphics().drawImage(picture, 0, 0, null);
        return copy;
    }
}
