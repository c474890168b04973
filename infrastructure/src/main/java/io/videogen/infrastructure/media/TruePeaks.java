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

    static float[] of(float[] samples) {
        TruePeaks peaks = new TruePeaks(PeakLimiter.Source.of(samples), samples.length);
        float[] result = new float[samples.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = peaks.next();
        }
        return result;
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
