package io.videogen.infrastructure.speech;

/**
 * Loudness in four frequency bands (below 400 Hz, 400-1200, 1200-3000, above 3000) per 10 ms frame,
 * from a 512-point spectrum: a word that starts without getting louder overall (a w, y or n after a
 * vowel, an s) still makes one band rise.
 */
final class BandLoudness {

    private static final double[] EDGES = {0, 400, 1200, 3000, 8000};

    private BandLoudness() {
    }

    /** decibels[band][frame] */
    static double[][] of(double[] samples, float rate) {
        int hop = Math.round(rate * Loudness.FRAME_MILLIS / 1000f);
        int size = 512;
        while (size < hop * 2) {
            size *= 2;
        }
        int frames = (samples.length + hop - 1) / hop;
        double[][] levels = new double[EDGES.length - 1][frames];
        double[] re = new double[size];
        double[] im = new double[size];
        for (int frame = 0; frame < frames; frame++) {
            int centre = frame * hop + hop / 2;
            for (int i = 0; i < size; i++) {
                int at = centre - size / 2 + i;
                double window = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (size - 1));
                re[i] = at >= 0 && at < samples.length ? samples[at] * window : 0;
                im[i] = 0;
            }
            fft(re, im);
            for (int band = 0; band < EDGES.length - 1; band++) {
                double sum = 0;
                int from = (int) Math.max(1, EDGES[band] * size / rate);
                int to = (int) Math.min(size / 2.0, EDGES[band + 1] * size / rate);
                for (int bin = from; bin < to; bin++) {
                    sum += re[bin] * re[bin] + im[bin] * im[bin];
                }
                levels[band][frame] = 10 * Math.log10(sum / Math.max(1, to - from) + 1e-12);
            }
        }
        return levels;
    }

    private static void fft(double[] re, double[] im) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i]; re[i] = re[j]; re[j] = t;
                t = im[i]; im[i] = im[j]; im[j] = t;
            }
        }
        for (int length = 2; length <= n; length <<= 1) {
            double angle = -2 * Math.PI / length;
            for (int i = 0; i < n; i += length) {
                for (int k = 0; k < length / 2; k++) {
                    double cos = Math.cos(angle * k);
                    double sin = Math.sin(angle * k);
                    double xr = re[i + k + length / 2] * cos - im[i + k + length / 2] * sin;
                    double xi = re[i + k + length / 2] * sin + im[i + k + length / 2] * cos;
                    re[i + k + length / 2] = re[i + k] - xr;
                    im[i + k + length / 2] = im[i + k] - xi;
                    re[i + k] += xr;
                    im[i + k] += xi;
                }
            }
        }
    }
}
