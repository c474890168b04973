package io.videogen.infrastructure.avatar;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.port.out.AvatarAnimator;
import io.videogen.application.port.out.AvatarAnimator.AvatarPerformance;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.domain.speech.PhonemeTiming;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.avatar.AvatarConfig.Placement;
import io.videogen.domain.avatar.AvatarConfig.Shape;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.media.Resolution;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProceduralAvatarAnimatorTest {

    private static final int FPS = 30;
    private static final Resolution HD = new Resolution(1280, 720);
    private static final AvatarLook LOOK = AvatarLook.Procedural.defaults();
    private static final List<Pose> POSES = Pose.all();

    private final ProceduralAvatarAnimator animator = new ProceduralAvatarAnimator();

    @TempDir
    Path folder;

    @Test
    void drawsEveryMouthShapeWithEyesOpenAndClosedAndPicksOneForEveryFrame() {
        AvatarPerformance performance = animator.perform(LOOK, null, AvatarConfig.defaults(), HD, null, 0, 90, FPS);

        assertThat(performance.poses()).hasSize(Viseme.values().length * 2)
                .allSatisfy(pose -> assertThat(pose.argb()).hasSize(pose.width() * pose.height()));
        assertThat(performance.poseOfFrame()).hasSize(90);
        assertThat(Arrays.stream(performance.poseOfFrame()).boxed().toList())
                .allSatisfy(pose -> assertThat(pose).isBetween(0, performance.poses().size() - 1));
    }

    @Test
    void opensTheMouthOnVowelsAndClosesItInPausesAfterTheLeadIn() {
        // "hello" spoken from 0.3 s into the clip, which starts 0.5 s into the scene.
        SpeechClip speech = new SpeechClip(folder.resolve("unused.wav"), Duration.ofMillis(1500), List.of(),
                List.of(unit("pau", 0, 0.3), unit("hh", 0.3, 0.4), unit("ah", 0.4, 0.7), unit("l", 0.7, 0.8),
                        unit("ow", 0.8, 1.1), unit("pau", 1.1, 1.5)));

        AvatarPerformance performance = animator.perform(LOOK, null, AvatarConfig.defaults(), HD, speech, 0.5, 75, FPS);

        assertThat(mouthAt(performance, 0.2)).isEqualTo(Viseme.REST);  // before the speech starts
        assertThat(mouthAt(performance, 0.65)).isEqualTo(Viseme.REST); // the leading pause
        assertThat(mouthAt(performance, 0.85)).isEqualTo(Viseme.SLIGHT);
        assertThat(mouthAt(performance, 1.05)).isEqualTo(Viseme.OPEN);
        assertThat(mouthAt(performance, 1.45)).isEqualTo(Viseme.ROUND);
        assertThat(mouthAt(performance, 1.8)).isEqualTo(Viseme.REST);  // the closing pause
        assertThat(mouthAt(performance, 2.3)).isEqualTo(Viseme.REST);  // after the speech
    }

    @Test
    void followsLoudnessWhenTheVoiceGivesNoPhonemes() throws IOException {
        Path wav = silenceThenTone(folder.resolve("speech.wav"));
        SpeechClip speech = new SpeechClip(wav, Duration.ofSeconds(2), List.of(), List.of());

        AvatarPerformance performance = animator.perform(LOOK, null, AvatarConfig.defaults(), HD, speech, 0, 60, FPS);

        for (double second : new double[] {0.1, 0.5, 0.9}) {
            assertThat(mouthAt(performance, second)).as("silent at %s s", second).isEqualTo(Viseme.REST);
        }
        for (double second : new double[] {1.1, 1.5, 1.9}) {
            assertThat(mouthAt(performance, second).isOpen()).as("open at %s s", second).isTrue();
        }
    }

    @Test
    void blinksEveryFewSecondsForAMomentOnly() {
        int frames = 60 * FPS;

        AvatarPerformance performance = animator.perform(LOOK, null, AvatarConfig.defaults(), HD, null, 0, frames, FPS);

        List<int[]> blinks = closedRuns(performance.poseOfFrame());
        assertThat(blinks).hasSizeBetween(60 / 5, 60 * 10 / 25 + 1);
        assertThat(blinks).allSatisfy(run -> assertThat(run[1] - run[0]).isBetween(1, (int) (0.2 * FPS)));
        for (int i = 1; i < blinks.size(); i++) {
            double gap = (blinks.get(i)[0] - blinks.get(i - 1)[0]) / (double) FPS;
            assertThat(gap).isBetween(2.4, 5.1);
        }
    }

    @Test
    void blinksTheSameWayEveryTimeTheSceneIsRendered() {
        AvatarPerformance first = animator.perform(LOOK, null, AvatarConfig.defaults(), HD, null, 0, 600, FPS);
        AvatarPerformance again = animator.perform(LOOK, null, AvatarConfig.defaults(), HD, null, 0, 600, FPS);

        assertThat(again.poseOfFrame()).containsExactly(first.poseOfFrame());
    }

    @Test
    void anotherVideoOrSceneBlinksAtOtherMoments() {
        AvatarPerformance one = animator.perform(LOOK, null, AvatarConfig.defaults(), HD, null, 0, 600, FPS, 1L);
        AvatarPerformance same = animator.perform(LOOK, null, AvatarConfig.defaults(), HD, null, 0, 600, FPS, 1L);
        AvatarPerformance other = animator.perform(LOOK, null, AvatarConfig.defaults(), HD, null, 0, 600, FPS, 2L);

        assertThat(closedRuns(same.poseOfFrame())).extracting(run -> run[0])
                .containsExactlyElementsOf(closedRuns(one.poseOfFrame()).stream().map(run -> run[0]).toList());
        assertThat(closedRuns(other.poseOfFrame())).extracting(run -> run[0])
                .isNotEqualTo(closedRuns(one.poseOfFrame()).stream().map(run -> run[0]).toList());
    }

    @Test
    void placesThePresenterInsideTheFrameForEveryPlacementShapeScaleAndAspect() {
        for (Resolution frame : List.of(HD, new Resolution(720, 1280), new Resolution(1080, 1080), new Resolution(640, 360))) {
            for (Placement placement : Placement.values()) {
                for (Shape shape : Shape.values()) {
                    for (double scale : new double[] {0.1, 0.3, 0.6, 1.0}) {
                        AvatarConfig config = new AvatarConfig(placement, shape, scale);
                        assertInside(Spot.of(config, frame, true), frame, config);
                        assertInside(Spot.of(config, frame, false), frame, config);
                    }
                }
            }
        }
    }

    @Test
    void drawsPosesOfTheSpotsSizeAtItsPlace() throws IOException {
        Path portrait = portrait();
        AvatarLook photo = new AvatarLook.Portrait(AssetId.parse(UUID.randomUUID().toString()));
        Resolution vertical = new Resolution(720, 1280);
        for (Placement placement : List.of(Placement.TOP_LEFT, Placement.RIGHT, Placement.FULL)) {
            AvatarConfig config = new AvatarConfig(placement, Shape.RECTANGLE, 0.4);
            for (boolean drawn : new boolean[] {true, false}) {
                AvatarPerformance performance = drawn
                        ? animator.perform(LOOK, null, config, vertical, null, 0, 1, FPS)
                        : animator.perform(photo, portrait, config, vertical, null, 0, 1, FPS);
                Spot spot = Spot.of(config, vertical, drawn);
                assertThat(performance.x()).isEqualTo(spot.x());
                assertThat(performance.y()).isEqualTo(spot.y());
                assertThat(performance.poses()).allSatisfy(pose -> {
                    assertThat(pose.width()).isEqualTo(spot.width());
                    assertThat(pose.height()).isEqualTo(spot.height());
                });
            }
        }
    }

    @Test
    void insetsACornerBadgeFromTheEdges() {
        AvatarPerformance performance = animator.perform(LOOK, null, AvatarConfig.defaults(), HD, null, 0, 1, FPS);
        BufferedImage pose = image(performance.poses().get(0));

        // The badge's opaque pixels keep about 4% of the frame free at the right and the bottom.
        int rightmost = 0;
        int lowest = 0;
        for (int y = 0; y < pose.getHeight(); y++) {
            for (int x = 0; x < pose.getWidth(); x++) {
                if ((pose.getRGB(x, y) >>> 24) == 255) {
                    rightmost = Math.max(rightmost, performance.x() + x);
                    lowest = Math.max(lowest, performance.y() + y);
                }
            }
        }
        assertThat(1280 - rightmost).isBetween((int) (1280 * 0.03), (int) (1280 * 0.05));
        assertThat(720 - lowest).isBetween((int) (720 * 0.03), (int) (720 * 0.05));
    }

    @Test
    void leavesEverythingOutsideTheCircleTransparent() {
        AvatarPerformance performance = animator.perform(LOOK, null, AvatarConfig.defaults(), HD, null, 0, 1, FPS);

        for (BufferedImage pose : performance.poses().stream().map(ProceduralAvatarAnimatorTest::image).toList()) {
            int last = pose.getWidth() - 1;
            assertThat(alpha(pose, 0, 0)).isZero();
            assertThat(alpha(pose, last, 0)).isZero();
            assertThat(alpha(pose, 0, last)).isZero();
            assertThat(alpha(pose, last, last)).isZero();
            assertThat(alpha(pose, last / 2, last / 2)).isEqualTo(255);
        }
    }

    @Test
    void drawsTheStandingPresenterAloneOnATransparentBackground() {
        AvatarConfig config = new AvatarConfig(Placement.LEFT, Shape.CIRCLE, 0.3);

        AvatarPerformance performance = animator.perform(LOOK, null, config, HD, null, 0, 1, FPS);
        BufferedImage pose = image(performance.poses().get(0));

        assertThat(performance.y() + pose.getHeight()).isEqualTo(720);
        assertThat(alpha(pose, 0, 0)).isZero();
        assertThat(alpha(pose, pose.getWidth() / 2, pose.getHeight() / 3)).isEqualTo(255);
        assertThat(alpha(pose, pose.getWidth() / 2, pose.getHeight() - 1)).isEqualTo(255);
    }

    @Test
    void movesThePortraitsMouthWhenItSpeaks() throws IOException {
        AvatarPerformance performance = animator.perform(new AvatarLook.Portrait(AssetId.parse(UUID.randomUUID().toString())),
                portrait(), AvatarConfig.defaults(), HD, null, 0, 1, FPS);

        BufferedImage rest = image(performance.poses().get(new Pose(Viseme.REST, false).index()));
        BufferedImage open = image(performance.poses().get(new Pose(Viseme.OPEN, false).index()));
        BufferedImage blinking = image(performance.poses().get(new Pose(Viseme.REST, true).index()));
        assertThat(differingPixels(rest, open)).isGreaterThan(50);
        assertThat(differingPixels(rest, blinking)).isGreaterThan(50);
    }

    private static Viseme mouthAt(AvatarPerformance performance, double second) {
        return POSES.get(performance.poseOfFrame()[(int) (second * FPS)]).mouth();
    }

    private static PhonemeTiming unit(String phoneme, double start, double end) {
        return new PhonemeTiming(phoneme, Duration.ofMillis(Math.round(start * 1000)), Duration.ofMillis(Math.round(end * 1000)));
    }

    private static List<int[]> closedRuns(int[] poseOfFrame) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int frame = 0; frame <= poseOfFrame.length; frame++) {
            boolean closed = frame < poseOfFrame.length && POSES.get(poseOfFrame[frame]).eyesClosed();
            if (closed && start < 0) {
                start = frame;
            } else if (!closed && start >= 0) {
                runs.add(new int[] {start, frame});
                start = -1;
            }
        }
        return runs;
    }

    private static void assertInside(Spot spot, Resolution frame, AvatarConfig config) {
        assertThat(spot.width()).as("width of %s in %s", config, frame).isPositive();
        assertThat(spot.height()).as("height of %s in %s", config, frame).isPositive();
        assertThat(spot.x()).as("left of %s in %s", config, frame).isGreaterThanOrEqualTo(0);
        assertThat(spot.y()).as("top of %s in %s", config, frame).isGreaterThanOrEqualTo(0);
        assertThat(spot.x() + spot.width()).as("right of %s in %s", config, frame).isLessThanOrEqualTo(frame.width());
        assertThat(spot.y() + spot.height()).as("bottom of %s in %s", config, frame).isLessThanOrEqualTo(frame.height());
    }

    private static BufferedImage image(AvatarAnimator.Picture picture) {
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, picture.width(), picture.height(), picture.argb(), 0, picture.width());
        return image;
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    private Path portrait() throws IOException {
        BufferedImage photo = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = photo.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(0x50, 0x60, 0x70), 0, 800, new Color(0xd0, 0xa0, 0x80)));
        graphics.fillRect(0, 0, 600, 800);
        graphics.dispose();
        Path file = folder.resolve("portrait.png");
        ImageIO.write(photo, "png", file.toFile());
        return file;
    }

    /** One second of silence, then one second of a loud 220 Hz tone, 16 kHz mono. */
    private static Path silenceThenTone(Path file) throws IOException {
        int rate = 16_000;
        byte[] pcm = new byte[rate * 2 * 2];
        for (int i = rate; i < rate * 2; i++) {
            short sample = (short) (Math.sin(2 * Math.PI * 220 * i / rate) * 12_000);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm), format, rate * 2L)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }
}
