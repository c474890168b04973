package io.videogen.infrastructure.media;

/**
 * The true peak at each sample of a narration, in order: the highest magnitude from the sample to
 * the next, the sample itself and the signal between it and the next at quarter steps
 * (windowed-sinc interpolation, as BS.1770's true peak meter). Speech at 16 kHz has a lot of energy
 * near the top of its band, so these peaks lie up to 3 dB above the samples. It reads its samples
 * as it goes and holds the eight the interpolation reaches.
 */
final class TruePeaks implements PeakLimiter.Source {

    private static final int TAPS = 8;
    private static final int HALF = TAPS / 2;
    private static final double[][] PHASES = interpolationPhases();

    private final PeakLimiter.Source samples;
    private final int length;
    /** Samples {@code index - 3} to {@code index + 4}, each at its index's low three bits. */
    private final float[] ring = new float[TAPS];
    private int index;
    private int read;

    TruePeaks(PeakLimiter.Source samples, int length) {
        this.samples = samples;
        this.length = length;
    }

    /**
     * The true peaks of samples held in memory: the same values as {@link #next} gives one by one (the
     * same products summed in the same order), read from the array itself. Away from the ends the taps
     * are taken into locals once for the three points, and a sample with eight zeros in reach (the
     * silences between clips) is a zero peak without the arithmetic, as it is with it.
     */
    static float[] of(float[] samples) {
        int length = samples.length;
        float[] result = new float[length];
        int edge = Math.min(length, HALF - 1);
        for (int i = 0; i < edge; i++) {
            result[i] = ends(samples, i);
        }
        double[] a = PHASES[0];
        double[] b = PHASES[1];
        double[] c = PHASES[2];
        int inner = length - HALF;
        for (int i = edge; i < inner; i++) {
            float s0 = samples[i - 3];
            float s1 = samples[i - 2];
            float s2 = samples[i - 1];
            float s3 = samples[i];
            float s4 = samples[i + 1];
            float s5 = samples[i + 2];
            float s6 = samples[i + 3];
            float s7 = samples[i + 4];
            if (s0 == 0f && s1 == 0f && s2 == 0f && s3 == 0f && s4 == 0f && s5 == 0f && s6 == 0f && s7 == 0f) {
                continue;   // result[i] stays 0
            }
            float peak = Math.abs(s3);
            peak = Math.max(peak, (float) Math.abs(point(a, s0, s1, s2, s3, s4, s5, s6, s7)));
            peak = Math.max(peak, (float) Math.abs(point(b, s0, s1, s2, s3, s4, s5, s6, s7)));
            peak = Math.max(peak, (float) Math.abs(point(c, s0, s1, s2, s3, s4, s5, s6, s7)));
            result[i] = peak;
        }
        for (int i = Math.max(edge, inner); i < length; i++) {
            result[i] = ends(samples, i);
        }
        return result;
    }

    /** One interpolated point from the eight samples in reach, summed tap by tap as {@link #next} sums it. */
    private static double point(double[] phase, float s0, float s1, float s2, float s3, float s4, float s5,
                                float s6, float s7) {
        double value = 0;
        value += s0 * phase[0];
        value += s1 * phase[1];
        value += s2 * phase[2];
        value += s3 * phase[3];
        value += s4 * phase[4];
        value += s5 * phase[5];
        value += s6 * phase[6];
        value += s7 * phase[7];
        return value;
    }

    /** The true peak at a sample less than the reach from either end, where some taps fall outside. */
    private static float ends(float[] samples, int i) {
        float peak = Math.abs(samples[i]);
        for (double[] phase : PHASES) {
            double value = 0;
            for (int k = 0; k < TAPS; k++) {
                int at = i + k - HALF + 1;
                if (at >= 0 && at < samples.length) {
                    value += samples[at] * phase[k];
                }
            }
            peak = Math.max(peak, (float) Math.abs(value));
        }
        return peak;
    }

    @Override
    public float next() {
        int i = index++;
        int last = Math.min(length - 1, i + HALF);
        while (read <= last) {
            ring[read & (TAPS - 1)] = samples.next();
            read++;
        }
        float peak = Math.abs(ring[i & (TAPS - 1)]);
        for (double[] phase : PHASES) {
            double value = 0;
            for (int k = 0; k < TAPS; k++) {
                int at = i + k - HALF + 1;
                if (at >= 0 && at < length) {
                    value += ring[at & (TAPS - 1)] * phase[k];
                }
            }
            peak = Math.max(peak, (float) Math.abs(value));
        }
        return peak;
    }

    @Override
    public void close() {
        samples.close();
    }

    /** Hann-windowed sinc taps for the points a quarter, a half and three quarters past a sample. */
    private static double[][] interpolationPhases() {
        double[][] phases = new double[3][TAPS];
        for (int p = 0; p < 3; p++) {
            double offset = (p + 1) / 4.0;
            for (int k = 0; k < TAPS; k++) {
                double t = (k - HALF + 1) - offset;      // distance from the interpolated point
                double sinc = Math.abs(t) < 1e-9 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
                double window = 0.5 + 0.5 * Math.cos(Math.PI * t / (HALF + 0.5));
                phases[p][k] = sinc * window;
            }
        }
        return phases;
    }
}
