package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.videogen.application.port.out.SpeechAudio;
import io.videogen.application.port.out.VideoComposer.SoundtrackPieces;
import io.videogen.application.port.out.VideoComposer.SoundtrackPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A soundtrack kept by its pieces (ADR 0042, 0044, 0052): three "scenes" of speech-like sound with silences between
 * them, each laid on the AAC frame grid as the narration lays them ({@link SpeechAudio.Placement#sample}), the middle
 * one edited (other sound, one video frame shorter, so the third's pictures move by 1,600 samples and its sound by
 * 2,048). The re-render takes the unchanged pieces before the edit and the moved scene's AAC from the kept ones (only
 * the edited scene and the silence at the end are encoded); it is the same file to the byte as a fresh render of the edited
 * narration; its seams decode to the silence that is there, every piece is as close to the levelled narration as
 * one encoder's whole track, each scene and the whole are on target, and an edit that makes a scene louder
 * levels and encodes only that scene again and still equals a fresh render.
 */
class KeptSoundtrackPiecesTest {

    private static final int RATE = 48_000;
    private static final double SECONDS = 11.0;
    private static final int VIDEO_FRAME = RATE / 30;
    private static final MediaLimits TWO_THREADS = new MediaLimits(Duration.ofSeconds(60), 6, 2, null);

    @TempDir
    Path dir;

    /** Speech-like sound: noise shaped by syllables, with a voice's pitch, from its seed. */
    private static float[] scene(long seed, int samples, double gain) {
        float[] sound = new float[samples];
        Random random = new Random(seed);
        double low = 0;
        for (int n = 0; n < samples; n++) {
            low = 0.8 * low + 0.2 * random.nextGaussian();
            double t = (double) n / RATE;
            double syllables = 0.5 + 0.5 * Math.sin(2 * Math.PI * 4 * t);
            sound[n] = (float) (gain * (0.25 * syllables * low + 0.1 * Math.sin(2 * Math.PI * 180 * t) * syllables));
        }
        return sound;
    }

    /**
     * Three scenes whose pictures start at 0, 3.7 s and after the second (4 s after it, less {@code shorter} video
     * frames), each one's sound 0.3 s in, laid on the AAC frame grid (the second at 177,152 samples, the third at
     * 369,664, or 367,616 one frame earlier: moved by 2,048 samples).
     */
    private Path narration(String name, long middleSeed, int shorter, double middleGain) {
        float[] track = new float[(int) (SECONDS * RATE)];
        put(track, scene(1, (int) (2.7 * RATE), 1), laid(0));
        put(track, scene(middleSeed, 3 * RATE - shorter * VIDEO_FRAME, middleGain), laid(111));
        put(track, scene(3, (int) (2.5 * RATE), 1), laid(231 - shorter));
        return TestMedia.wav(dir, name, RATE, SECONDS, n -> n < track.length ? track[n] : 0);
    }

    /** Where the sound of a scene whose pictures start at {@code frame} (30 fps) is laid: 0.3 s in, on the grid. */
    private static int laid(int frame) {
        return (int) new SpeechAudio.Placement(null, Duration.ofNanos(Math.round(frame * 1e9 / 30)),
                Duration.ofMillis(300)).sample(RATE, SpokenAac.FRAME);
    }

    private static void put(float[] track, float[] sound, int at) {
        // a scene ends 0.3 s before the next starts at the latest: the breath and pause a scene has
        System.arraycopy(sound, 0, track, at, sound.length - (int) (0.3 * RATE));
    }

    private SoundtrackPieces soundtrack(Path narration, Path kept, Path file, int heldUpTo) {
        return new SoundtrackWriter(new SoundtrackPlan(narration, Duration.ofSeconds((long) SECONDS), null, 0, false,
                -16, kept), TWO_THREADS).writeTo(file, p -> { }, heldUpTo);
    }

    @Test
    void aReRenderKeepsTheUnchangedPiecesAndEqualsAFreshRender() throws IOException {
        Path kept = dir.resolve("kept");
        Path original = narration("original.wav", 2, 0, 1);
        Path edited = narration("edited.wav", 22, 1, 1);

        SoundtrackPieces first = soundtrack(original, kept, dir.resolve("first.m4a"), NarrationLevel.HELD);
        assertThat(first.kept()).isZero();
        assertThat(first.encoded()).as("before the first scene, three scenes, two silences between, after the last")
                .isEqualTo(7);
        assertThat(first.levelKept()).isZero();
        assertThat(first.levelled()).as("the three scenes, each on its own").isEqualTo(3);
        SoundtrackPieces again = soundtrack(edited, kept, dir.resolve("again.m4a"), NarrationLevel.HELD);
        assertThat(again.levelled()).as("the edited scene alone is levelled again").isEqualTo(1);
        assertThat(again.levelKept()).as("the first scene and the one the edit moved").isEqualTo(2);
        // found: the silence before the first scene, the first scene, the silence after it, the scene the edit
        // moved (its sound by 2,048 samples, its seams with it: the same span) and the silence before it (shorter
        // by a frame: 56 frames, as long as the one after the first scene, and a silence is named by its length);
        // encoded: the edited scene and the silence at the end (longer by 2 frames)
        assertThat(again.kept()).isEqualTo(5);
        assertThat(again.encoded()).isEqualTo(2);
        Path moved = narration("moved.wav", 2, 1, 1);   // the edit's lengths, the first render's sounds
        SoundtrackPieces onlyMoved = soundtrack(moved, kept, dir.resolve("moved.m4a"), NarrationLevel.HELD);
        assertThat(onlyMoved.encoded()).as("the middle scene, one frame shorter, is a new piece; the third is found")
                .isEqualTo(1);
        assertThat(onlyMoved.kept()).isEqualTo(6);
        assertThat(Files.mismatch(dir.resolve("moved.m4a"), dir.resolve("again.m4a"))).isNotEqualTo(-1);

        Path fresh = dir.resolve("fresh.m4a");
        SoundtrackPieces freshPieces = soundtrack(edited, dir.resolve("empty"), fresh, NarrationLevel.HELD);
        assertThat(freshPieces.kept()).isZero();
        assertThat(Files.mismatch(dir.resolve("again.m4a"), fresh)).as("the re-render is the fresh render").isEqualTo(-1);
        Path notKept = dir.resolve("not-kept.m4a");
        soundtrack(edited, null, notKept, NarrationLevel.HELD);
        assertThat(Files.mismatch(notKept, fresh)).isEqualTo(-1);
        try (Stream<Path> files = Files.list(kept)) {
            assertThat(files.filter(file -> file.toString().endsWith(".part"))).isEmpty();
        }

        // the seams against one encoder's track of the same levelled narration (the graph's encode)
        Path whole = LevelledThroughGraph.encode(dir, edited, SECONDS, RATE, "whole.m4a");
        float[] levelled = levelled(edited);
        float[] pieced = SoundMeter.leftChannel(fresh);
        float[] single = SoundMeter.leftChannel(whole);
        assertThat(pieced.length).isEqualTo(single.length).isGreaterThanOrEqualTo(levelled.length);
        int[] seams = SilentSeam.all(levelled, SpokenAac.FRAME);
        assertThat(seams).hasSize(6);
        int from = 0;
        for (int s = 0; s <= seams.length; s++) {
            int to = s < seams.length ? seams[s] : levelled.length;
            if (s < seams.length) {
                float loudest = 0;
                // (3 frames each side: the window of a sound's first frame reaches a frame before it, and a seam
                // may lie 4 frames before a sound, ADR 0052)
                for (int i = to - 3 * SpokenAac.FRAME; i < to + 3 * SpokenAac.FRAME; i++) {
                    loudest = Math.max(loudest, Math.abs(pieced[i]));
                }
                assertThat(loudest).as("around seam %d: the silence that is there", s).isZero();
            }
            if (energy(levelled, from, to) > 0) {
                double alone = snr(levelled, pieced, from, to);
                assertThat(alone).as("piece %d", s).isGreaterThan(snr(levelled, single, from, to) - 0.5)
                        .isGreaterThan(15);
            }
            from = to;
        }
        // each scene at the target (measured over its piece: the blocks that take in its first and last words
        // in part lie where the piece's start puts them, ±0.3 LU for these 2.4 s scenes), the levelled narration
        // too; the AAC (this noise loses ~0.27 LU in the encoder) as loud as one encoder's track, and within
        // R128's ±0.5 LU
        // (each scene's piece with the silent pieces on either side, as a programme of it would be measured)
        for (int s = 1; s < seams.length; s += 2) {
            int before = s < 2 ? 0 : seams[s - 2];
            int after = s + 1 < seams.length ? seams[s + 1] : levelled.length;
            assertThat(LoudnessMeter.of(Arrays.copyOfRange(levelled, before, after), RATE))
                    .as("scene %d", s / 2 + 1).isCloseTo(-16, within(0.3));
        }
        assertThat(LoudnessMeter.of(levelled, RATE)).isCloseTo(-16, within(0.2));
        double loudness = LoudnessMeter.of(Arrays.copyOf(pieced, levelled.length), RATE);
        assertThat(loudness).isCloseTo(LoudnessMeter.of(Arrays.copyOf(single, levelled.length), RATE), within(0.05))
                .isCloseTo(-16, within(0.5));
    }

    @Test
    void anEditThatMakesASceneLouderLevelsAndEncodesOnlyThatSceneAgain() throws IOException {
        Path kept = dir.resolve("kept");
        Path original = narration("original.wav", 2, 0, 1);
        soundtrack(original, kept, dir.resolve("first.m4a"), NarrationLevel.HELD);
        // the middle scene three times as loud: the whole narration ~4 dB louder, which moved every scene's
        // gain while one gain levelled the whole (ADR 0042); its own gain brings it back alone (ADR 0044)
        Path louder = narration("louder.wav", 2, 0, 3);

        SoundtrackPieces again = soundtrack(louder, kept, dir.resolve("again.m4a"), NarrationLevel.HELD);
        assertThat(again.levelled()).isEqualTo(1);
        assertThat(again.levelKept()).isEqualTo(2);
        assertThat(again.encoded()).as("the louder scene's AAC alone").isEqualTo(1);
        assertThat(again.kept()).isEqualTo(6);
        Path fresh = dir.resolve("fresh.m4a");
        soundtrack(louder, null, fresh, NarrationLevel.HELD);
        assertThat(Files.mismatch(dir.resolve("again.m4a"), fresh)).isEqualTo(-1);
        float[] levelled = levelled(louder);
        float[] before = levelled(original);
        int firstScene = (int) (3.5 * RATE);
        assertThat(Arrays.copyOf(levelled, firstScene)).as("the first scene as levelled before the edit")
                .isEqualTo(Arrays.copyOf(before, firstScene)).isNotEqualTo(new float[firstScene]);
        assertThat(Arrays.copyOfRange(levelled, 7 * RATE, levelled.length)).as("and the third")
                .isEqualTo(Arrays.copyOfRange(before, 7 * RATE, before.length));
        assertThat(LoudnessMeter.of(levelled, RATE)).isCloseTo(-16, within(0.2));
        assertThat(LoudnessMeter.of(Arrays.copyOf(SoundMeter.leftChannel(fresh), levelled.length), RATE))
                .isCloseTo(-16, within(0.5));
    }

    @Test
    void aPieceWhoseAacIsKeptIsNotLevelledAgain() throws IOException {
        Path kept = dir.resolve("kept");
        Path original = narration("original.wav", 2, 0, 1);
        soundtrack(original, kept, dir.resolve("first.m4a"), NarrationLevel.HELD);
        try (Stream<Path> files = Files.list(kept)) {
            for (Path file : files.filter(file -> file.getFileName().toString().startsWith("level-")).toList()) {
                Files.delete(file);
            }
        }

        // the AAC pieces are named by what their levelled samples are made of (ADR 0046): found without them
        SoundtrackPieces again = soundtrack(original, kept, dir.resolve("again.m4a"), NarrationLevel.HELD);
        assertThat(again.encoded()).isZero();
        assertThat(again.kept()).isEqualTo(7);
        assertThat(again.levelled()).as("no levelled sound was needed").isZero();
        assertThat(again.levelKept()).isEqualTo(3);
        assertThat(Files.mismatch(dir.resolve("again.m4a"), dir.resolve("first.m4a"))).isEqualTo(-1);
    }

    /** The narration levelled piece by piece as the soundtrack levels it, the track's length. */
    private static float[] levelled(Path narration) throws IOException {
        float[] laid = Arrays.copyOf(LevelledPieces.read(narration, NarrationLevel.HELD).samples(),
                (int) (SECONDS * RATE));
        return LevelledPieces.level(laid, RATE, -16, null).samples();
    }

    private static double energy(float[] samples, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += samples[i] * (double) samples[i];
        }
        return sum;
    }

    private static double snr(float[] reference, float[] sound, int from, int to) {
        double error = 0;
        for (int i = from; i < to; i++) {
            double difference = reference[i] - (double) sound[i];
            error += difference * difference;
        }
        return 10 * Math.log10(energy(reference, from, to) / error);
    }
}
