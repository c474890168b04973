package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each piece levelled on its own (ADR 0044): a long sound to the target, a sound shorter than a gating block left
 * as it is (no gain, only the limiter), silence left silent, and a piece's levelled sound the same wherever it lies.
 */
class LevelledPiecesTest {

    private static final int RATE = 16_000;

    @TempDir
    Path dir;

    private static void sine(float[] track, int at, double seconds, double amplitude) {
        for (int i = 0; i < seconds * RATE; i++) {
            track[at + i] = Math.round(amplitude * Math.sin(2 * Math.PI * 300 * i / RATE) * 32767) / 32768f;
        }
    }

    @Test
    void aShortSoundKeepsItsLevelALongOneComesToTheTargetWhereverItLies() throws IOException {
        float[] track = new float[10 * RATE];
        sine(track, RATE, 2.0, 0.02);                 // a scene, far under the target
        sine(track, 5 * RATE, 0.3, 0.02);             // a word alone: shorter than a 400 ms block
        float[] moved = new float[10 * RATE + 1_600];
        System.arraycopy(track, 0, moved, 1_600, track.length);

        LevelledPieces.Track levelled = LevelledPieces.level(track, RATE, -16, dir);
        // before the scene, after it, before the word, after the word (ADR 0052)
        assertThat(levelled.seams()).hasSize(4);
        assertThat(levelled.levelled()).as("the two sounds").isEqualTo(2);
        assertThat(Arrays.copyOf(levelled.samples(), RATE)).as("the silence before").containsOnly(0f);
        // as a programme of it measures it (the blocks that take in its start and end in part counted too: the
        // sound alone reads ~0.5 LU louder)
        assertThat(LoudnessMeter.of(Arrays.copyOf(levelled.samples(), 4 * RATE), RATE))
                .isCloseTo(-16, within(NarrationLevel.TOLERANCE_LU + 0.05));
        assertThat(Arrays.copyOfRange(levelled.samples(), 5 * RATE, 6 * RATE)).as("the word as it was")
                .isEqualTo(Arrays.copyOfRange(track, 5 * RATE, 6 * RATE));

        LevelledPieces.Track again = LevelledPieces.level(moved, RATE, -16, dir);
        assertThat(again.kept()).as("both found, 1,600 samples later").isEqualTo(2);
        assertThat(again.levelled()).isZero();
        assertThat(Arrays.copyOfRange(again.samples(), 1_600, moved.length)).isEqualTo(levelled.samples());
        assertThat(LevelledPieces.level(moved, RATE, -16, null).samples()).as("as a fresh levelling")
                .isEqualTo(again.samples());
    }
}
