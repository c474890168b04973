package io.videogen.infrastructure.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import marytts.htsengine.HTSVocoder;
import org.junit.jupiter.api.Test;

/** The vocoder's noise draws the signs {@code java.util.Random} draws from the same seed. */
class NoiseSignsTest {

    @Test
    void drawsTheSignsRandomDrawsFromTheSameSeed() {
        for (long seed : new long[] {HTSVocoder.SEED, 0, -1, 42, Long.MAX_VALUE, 0x5DEECE66DL}) {
            Random random = new Random(seed);
            NoiseSigns noise = new NoiseSigns(seed);
            int heads = 0;
            for (int draw = 0; draw < 1_000_000; draw++) {
                boolean expected = random.nextBoolean();
                assertThat(noise.next()).as("draw %d from seed %d", draw, seed).isEqualTo(expected);
                heads += expected ? 1 : 0;
            }
            assertThat(heads).as("both signs drawn").isBetween(490_000, 510_000);
        }
    }

    @Test
    void aSignIsPlusOrMinusOne() {
        Random random = new Random(HTSVocoder.SEED);
        NoiseSigns noise = new NoiseSigns(HTSVocoder.SEED);
        for (int draw = 0; draw < 1000; draw++) {
            assertThat(noise.sign()).isEqualTo(random.nextBoolean() ? 1.0 : -1.0);
        }
    }
}
