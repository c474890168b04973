package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TruePeaksTest {

    /** The peaks read one by one from a source, as a narration too long to hold is read. */
    private static float[] streamed(float[] samples) {
        TruePeaks peaks = new TruePeaks(PeakLimiter.Source.of(samples), samples.length);
        float[] result = new float[samples.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = peaks.next();
        }
        return result;
    }

    /** Speech-like noise with runs of digital silence between bursts, and full-scale clicks. */
    private static float[] bursts(int length, long seed) {
        Random random = new Random(seed);
        float[] samples = new float[length];
        int i = 0;
        while (i < length) {
            int sound = 1 + random.nextInt(300);
            for (int end = Math.min(length, i + sound); i < end; i++) {
                samples[i] = (float) (random.nextGaussian() * 0.3);
            }
            if (i < length) {
                samples[i++] = random.nextBoolean() ? 1f : -1f;
            }
            i += random.nextInt(40);   // zeros: shorter and longer than the interpolation's reach
        }
        return samples;
    }

    @Test
    void heldSamplesGiveTheSamePeaksToTheBitAsSamplesReadOneByOne() {
        for (int length : new int[] {0, 1, 2, 3, 4, 5, 7, 8, 9, 12, 100, 48_000}) {
            float[] samples = bursts(length, length);
            float[] held = TruePeaks.of(samples);
            float[] read = streamed(samples);
            assertThat(held).as("%d samples", length).hasSize(length);
            for (int i = 0; i < length; i++) {
                assertThat(Float.floatToRawIntBits(held[i])).as("sample %d of %d", i, length)
                        .isEqualTo(Float.floatToRawIntBits(read[i]));
            }
        }
    }

    @Test
    void silenceHasZeroPeaksAndAClickInItsPeakAroundIt() {
        float[] samples = new float[64];
        samples[32] = 0.5f;
        float[] peaks = TruePeaks.of(samples);
        assertThat(peaks[32]).isEqualTo(0.5f);
        assertThat(peaks[31]).isGreaterThan(0f);   // the point after 31 reaches towards the click
        assertThat(peaks[10]).isZero();
        assertThat(peaks[50]).isZero();
    }
}
