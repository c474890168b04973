package io.videogen.infrastructure.media;

/**
 * ITU-R BS.1770-4 integrated loudness of a mono signal, measured as its samples pass: the
 * K-weighting (a high shelf, then a high pass) and the mean square of each 100 ms quarter; the
 * gated 400 ms blocks are formed from the quarters at the end. It holds one number per 100 ms,
 * never the signal.
 */
final class LoudnessMeter {

    private final double[] shelf;
    private final double[] highPass;
    private final int step;
    /** Whole 400 ms blocks in the signal. */
    private final int steps;
    private final int measured;
    private final double[] quarterEnergy;
    private int index;
    private double s1;
    private double s2;
    private double h1;
    private double h2;
    private double x1;
    private double x2;
    private double y1;
    private double y2;

    /** A meter for a signal of {@code length} samples; samples past the last whole quarter are not measured. */
    LoudnessMeter(float rate, int length) {
        this.shelf = highShelf(rate);
        this.highPass = highPass(rate);
        this.step = Math.round(rate * 0.1f);
        int block = Math.round(rate * 0.4f);
        this.steps = length < block ? 0 : (length - block) / step + 1;
        this.quarterEnergy = new double[length / step];
        this.measured = quarterEnergy.length * step;
    }

    static double of(float[] samples, float rate) {
        LoudnessMeter meter = new LoudnessMeter(rate, samples.length);
        for (float sample : samples) {
            meter.accept(sample);
        }
        return meter.integrated();
    }

    void accept(float sample) {
        int i = index++;
        if (i >= measured) {
            return;
        }
        double x = sample;
        double shelved = shelf[0] * x + shelf[1] * x1 + shelf[2] * x2 - shelf[3] * s1 - shelf[4] * s2;
        x2 = x1;
        x1 = x;
        s2 = s1;
        s1 = shelved;
        double filtered = highPass[0] * shelved + highPass[1] * y1 + highPass[2] * y2 - highPass[3] * h1
                - highPass[4] * h2;
        y2 = y1;
        y1 = shelved;
        h2 = h1;
        h1 = filtered;
        quarterEnergy[i / step] += filtered * filtered;
    }

    /** The loudness of what was accepted, in LUFS (-infinity for silence): blocks of four quarters overlapping by three, gated. */
    double integrated() {
        int quarters = quarterEnergy.length;
        double[] blocks = new double[steps];
        for (int b = 0; b < steps; b++) {
            double sum = 0;
            for (int q = b; q < b + 4 && q < quarters; q++) {
                sum += quarterEnergy[q];
            }
            blocks[b] = sum / (4.0 * step);
        }
        double absoluteGate = Math.pow(10, (-70 + 0.691) / 10);
        double sum = 0;
        int count = 0;
        for (double energy : blocks) {
            if (energy > absoluteGate) {
                sum += energy;
                count++;
            }
        }
        if (count == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double relativeGate = sum / count * Math.pow(10, -10 / 10.0);
        double gated = 0;
        int kept = 0;
        for (double energy : blocks) {
            if (energy > absoluteGate && energy > relativeGate) {
                gated += energy;
                kept++;
            }
        }
        return -0.691 + 10 * Math.log10(gated / kept);
    }

    /** Stage 1 of the K-weighting: a high shelf of about +4 dB above 1.5 kHz (b0 b1 b2 a1 a2). */
    private static double[] highShelf(double rate) {
        double f0 = 1681.974450955533;
        double gainDb = 3.999843853973347;
        double q = 0.7071752369554196;
        double k = Math.tan(Math.PI * f0 / rate);
        double vh = Math.pow(10, gainDb / 20);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1 + k / q + k * k;
        return new double[] {(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
            2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
    }

    /** Stage 2 of the K-weighting: a high pass at about 38 Hz (b0 b1 b2 a1 a2). */
    private static double[] highPass(double rate) {
        double f0 = 38.13547087602444;
        double q = 0.5003270373238773;
        double k = Math.tan(Math.PI * f0 / rate);
        double a0 = 1 + k / q + k * k;
        return new double[] {1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
    }
}
