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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scene's tail — the frames after its last caption — coded as a segment of its own and copied after
 * the rest of the scene (ADR 0043): the decoded scene is still the painted pictures, its packets are
 * those of the scene coded without a tail, and a scene with other words and the same tail finds it made.
 */
class SceneTailTest {

    private static final int FPS = 30;
    private static final Resolution SIZE = new Resolution(640, 360);

    @TempDir
    Path dir;

    /** Both halves side by side, as a re-rendered scene is encoded. */
    private final FfmpegVideoComposer composer = new FfmpegVideoComposer(
            new RenderParallelism(1, 2, 2, RenderParallelism.HD_AREA, true));

    /**
     * 4 s: a 0.5 s fade (frames 0-14), caption one from 0.3 s (frame 9) to 1.5 s, caption two to 3.5 s
     * (frame 105): the lead is frames 0-8, the tail frames 105-119.
     */
    private SegmentPlan slide(String words, AvatarPerformance presenter, Duration lastCaptionEnd) {
        Path still = gradientPng(dir, "slide.png", new Color(30, 60, 114), new Color(42, 82, 152), SIZE);
        Path previous = gradientPng(dir, "before.png", new Color(75, 19, 79), new Color(201, 75, 75), SIZE);
        TimedCaption first = new TimedCaption(List.of(words), Duration.ofMillis(300), Duration.ofMillis(1500));
        TimedCaption second = new TimedCaption(List.of("Then another one"), Duration.ofMillis(1500), lastCaptionEnd);
        return new SegmentPlan(1, SIZE, FPS, Quality.HIGH, Duration.ofSeconds(4), still, false, previous,
                Duration.ofMillis(500), List.of(first, second), CaptionStyle.defaults(), presenter);
    }

    private SegmentPlan withEnds(SegmentPlan plan, String name) {
        return plan.withLead(new SceneLead(dir.resolve(name + "-lead.mp4"), 9))
                .withTail(new SceneLead(dir.resolve(name + "-tail.mp4"), 15));
    }

    @Test
    void theTailIsTheFramesAfterTheLastCaptionAndNeverReachesIntoTheFade() {
        SegmentPlan plan = slide("The first caption", null, Duration.ofMillis(3500));
        assertThat(plan.captionFreeTailFrames()).isEqualTo(15);
        assertThat(slide("The first caption", null, Duration.ofSeconds(4)).captionFreeTailFrames())
                .as("a caption to the end").isZero();
        assertThat(new SegmentPlan(1, SIZE, FPS, Quality.HIGH, plan.duration(), plan.still(), false,
                plan.previousStill(), plan.transition(), List.of(), CaptionStyle.defaults(), null)
                .captionFreeTailFrames()).as("no caption: no tail").isZero();
        TimedCaption inTheFade = new TimedCaption(List.of("Early"), Duration.ZERO, Duration.ofMillis(200));
        assertThat(new SegmentPlan(1, SIZE, FPS, Quality.HIGH, plan.duration(), plan.still(), false,
                plan.previousStill(), plan.transition(), List.of(inTheFade), CaptionStyle.defaults(), null)
                .captionFreeTailFrames()).as("after the fade and its first frame after").isEqualTo(120 - 16);
        // a tail over a caption would be named without the caption it shows
        SegmentPlan wrong = plan.withTail(new SceneLead(dir.resolve("tail.mp4"), 16));
        assertThatThrownBy(() -> composer.renderSegment(wrong, dir.resolve("wrong.mp4"), p -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSceneWithItsTailDecodesToThePaintedPicturesInThePacketsOfTheSceneCodedWhole() {
        SegmentPlan plan = withEnds(slide("The first caption", null, Duration.ofMillis(3500)), "scene");
        Path segment = dir.resolve("scene.mp4");
        Path whole = dir.resolve("whole.mp4");

        composer.renderSegment(plan, segment, p -> { });
        composer.renderSegment(plan.withTail(null), whole, p -> { });

        assertShowsThePaintedPictures(plan, segment, new int[] {0, 8, 9, 14, 15, 44, 45, 104, 105, 106, 112, 119});
        List<VideoPackets.Packet> tailPackets = VideoPackets.payloads(dir.resolve("scene-tail.mp4"));
        assertThat(tailPackets).hasSize(15);
        List<VideoPackets.Packet> packets = VideoPackets.payloads(segment);
        assertThat(packets).hasSize(120);
        for (int frame = 0; frame < 15; frame++) {
            assertThat(packets.get(105 + frame).data()).as("packet %d is the tail's", 105 + frame)
                    .isEqualTo(tailPackets.get(frame).data());
        }
        assertThat(packets.get(105).key()).as("the tail starts a GOP").isTrue();
        // after a held picture a GOP starts anyway: coded apart, the tail is the same packets
        List<VideoPackets.Packet> wholePackets = VideoPackets.payloads(whole);
        assertThat(wholePackets).hasSize(120);
        for (int frame = 0; frame < 120; frame++) {
            assertThat(packets.get(frame).data()).as("packet %d", frame).isEqualTo(wholePackets.get(frame).data());
        }
    }

    @Test
    void aSceneWithOtherWordsFindsItsTailMadeAndCodesOnlyTheFramesBefore() throws IOException {
        composer.renderSegment(withEnds(slide("The first caption", null, Duration.ofMillis(3500)), "scene"),
                dir.resolve("before.mp4"), p -> { });
        Path tail = dir.resolve("scene-tail.mp4");
        Object made = Files.readAttributes(tail, BasicFileAttributes.class).fileKey();
        byte[] madeBytes = Files.readAllBytes(tail);
        SegmentPlan edited = withEnds(slide("Other words now", null, Duration.ofMillis(3500)), "scene");
        Path segment = dir.resolve("edited.mp4");

        composer.renderSegment(edited, segment, p -> { });

        assertThat(Files.readAttributes(tail, BasicFileAttributes.class).fileKey())
                .as("the tail was found, not made again").isEqualTo(made);
        assertThat(Files.readAllBytes(tail)).isEqualTo(madeBytes);
        assertShowsThePaintedPictures(edited, segment, new int[] {0, 9, 12, 15, 30, 104, 105, 119});
        List<VideoPackets.Packet> tailPackets = VideoPackets.payloads(tail);
        List<VideoPackets.Packet> packets = VideoPackets.payloads(segment);
        for (int frame = 0; frame < 15; frame++) {
            assertThat(packets.get(105 + frame).data()).isEqualTo(tailPackets.get(frame).data());
        }
    }

    @Test
    void aPresenterSceneWithATailInOnePartDecodesToThePaintedPicturesFrameByFrame() {
        int frames = 120;
        int[] poseOfFrame = new int[frames];
        for (int i = 0; i < frames; i++) {
            poseOfFrame[i] = i < 12 || i >= 100 ? 0 : (i / 2) % 3;   // at rest, speaking, at rest again
        }
        AvatarPerformance presenter = new AvatarPerformance(420, 200, List.of(pose(Color.RED), pose(Color.GREEN),
                pose(Color.BLUE)), poseOfFrame);
        SegmentPlan plan = withEnds(slide("The first caption", presenter, Duration.ofMillis(3500)), "presenter");
        Path segment = dir.resolve("presenter.mp4");
        FfmpegVideoComposer oneEncoder = new FfmpegVideoComposer(
                new RenderParallelism(1, 1, 1, RenderParallelism.HD_AREA, false));

        oneEncoder.renderSegment(plan, segment, p -> { });

        int[] every = new int[frames];
        for (int i = 0; i < frames; i++) {
            every[i] = i;
        }
        assertShowsThePaintedPictures(plan, segment, every);
        assertThat(VideoPackets.payloads(dir.resolve("presenter-tail.mp4"))).hasSize(15);
        assertThat(VideoPackets.payloads(segment).get(105).key()).isTrue();
    }

    private static void assertShowsThePaintedPictures(SegmentPlan plan, Path segment, int[] at) {
        int frames = plan.frameCount();
        List<BufferedImage> decoded = decodeAt30Fps(segment, frames);
        List<BufferedImage> expected = SceneLeadTest.shown(plan, frames);
        for (int frame : at) {
            assertThat(meanDifference(decoded.get(frame), expected.get(frame), full(SIZE)))
                    .as("frame %d against its painted picture", frame).isLessThan(3.0);
        }
        // the tail shows the slide without the caption the frame before it shows
        assertThat(meanDifference(expected.get(104), expected.get(105), full(SIZE))).isGreaterThan(0.2);
    }
}
