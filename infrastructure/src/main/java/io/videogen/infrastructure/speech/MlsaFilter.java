package io.videogen.infrastructure.speech;

import marytts.htsengine.HTSVocoder;

/**
 * MaryTTS's mel-log-spectrum-approximation filter ({@code HTSVocoder.mlsadf} with its Padé order 5,
 * and the postfilter {@code postfilter_mgc}) with the same arithmetic in the same order, so the same
 * samples to the bit, written for the C1 compiler the CLI runs with (no unrolling, no vectorising):
 * each of the five delay lines is updated, summed and shifted in one pass instead of three, and kept
 * in an array of its own so that its index is the loop's; the postfilter's impulse response
 * multiplies by {@code k * c[k]} computed once per coefficient, not once per product. These loops were
 * two thirds of a narration's CPU time.
 */
final class MlsaFilter {

    private static final int PADE_ORDER = HTSVocoder.PADEORDER;
    /** MaryTTS's Padé coefficients for order 5 ({@code pade[ppade + i]}, {@code ppade = 15}). */
    private static final double[] PADE = {1, 0.4999391, 0.1107098, 0.01369984, 0.0009564853, 0.00003041721};
    private static final int IMPULSE_LENGTH = HTSVocoder.IRLENG;

    private final double alpha;
    /** {@code 1 - a * a}, as MaryTTS computes it at each use. */
    private final double alphaComplement;
    /** The order passed to the delay lines ({@code m - 1} of the filter's {@code m} coefficients). */
    private final int lineOrder;
    /** mlsadf1's state (MaryTTS's {@code d[0..11]}). */
    private final double[] first = new double[2 * (PADE_ORDER + 1)];
    /** mlsadf2's outputs, one per Padé term (MaryTTS's {@code d[pt2 + i]}). */
    private final double[] outputs = new double[PADE_ORDER + 1];
    /** mlsadf2's delay lines, one per Padé term (MaryTTS's {@code d[pt3[i] ...]}). */
    private final double[][] lines = new double[PADE_ORDER + 1][];

    /** A filter of {@code order} coefficients ({@code m}, the mel-cepstrum's order) at all-pass constant {@code alpha}. */
    MlsaFilter(int order, double alpha) {
        this.alpha = alpha;
        this.alphaComplement = 1 - alpha * alpha;
        this.lineOrder = order - 1;
        for (int i = 1; i <= PADE_ORDER; i++) {
            lines[i] = new double[lineOrder + 2];
        }
    }

    /** {@code HTSVocoder.mlsadf(x, b, m, alpha, ...)}: the next output sample for input {@code x}. */
    double filter(double x, double[] b) {
        return second(first(x, b), b);
    }

    private double first(double x, double[] b) {
        double[] d = first;
        double a = alpha;
        double out = 0.0;
        for (int i = PADE_ORDER; i > 0; i--) {
            d[i] = alphaComplement * d[PADE_ORDER + i] + a * d[i];
            d[PADE_ORDER + 1 + i] = d[i] * b[1];
            double v = d[PADE_ORDER + 1 + i] * PADE[i];
            x += ((1 & i) == 1) ? v : -v;
            out += v;
        }
        d[PADE_ORDER + 1] = x;
        out += x;
        return out;
    }

    /**
     * mlsadf2: each Padé term's delay line takes the previous sample's output of the term below, so the
     * five lines of a sample are independent and run two at a time, their dependency chains side by
     * side; their outputs are then summed in MaryTTS's order.
     */
    private double second(double x, double[] b) {
        double[] y = outputs;
        pair(5, b);
        pair(3, b);
        y[1] = line(y[0], b, lines[1]);
        double out = 0.0;
        for (int i = PADE_ORDER; i > 0; i--) {
            double v = y[i] * PADE[i];
            x += ((1 & i) == 1) ? v : -v;
            out += v;
        }
        y[0] = x;
        out += x;
        return out;
    }

    /** {@link #line} for terms {@code upper} and {@code upper - 1} in one loop. */
    private void pair(int upper, double[] b) {
        double[] y = outputs;
        double[] d = lines[upper];
        double[] e = lines[upper - 1];
        int m = lineOrder;
        double a = alpha;
        double x = y[upper - 1];
        double w = y[upper - 2];
        d[0] = x;
        e[0] = w;
        double previousD = alphaComplement * x + (a * d[1]);
        double previousE = alphaComplement * w + (a * e[1]);
        d[1] = previousD;
        e[1] = previousE;
        double currentD = d[2];
        double currentE = e[2];
        double sumD = 0.0;
        double sumE = 0.0;
        for (int i = 2; i <= m; i++) {
            double nextD = d[i + 1];
            double nextE = e[i + 1];
            double updatedD = currentD + a * (nextD - previousD);
            double updatedE = currentE + a * (nextE - previousE);
            sumD += updatedD * b[i];
            sumE += updatedE * b[i];
            d[i] = previousD;
            e[i] = previousE;
            previousD = updatedD;
            previousE = updatedE;
            currentD = nextD;
            currentE = nextE;
        }
        d[m + 1] = previousD;
        e[m + 1] = previousE;
        y[upper] = sumD;
        y[upper - 1] = sumE;
    }

    /**
     * {@code HTSVocoder.mlsafir}: MaryTTS updates {@code d[i] += a * (d[i + 1] - d[i - 1])} upwards, sums
     * {@code d[i] * b[i]} upwards, then shifts {@code d[i] = d[i - 1]} downwards; here the three in one
     * pass, reading each old value once before it is overwritten by its lower neighbour's new one.
     */
    private double line(double x, double[] b, double[] d) {
        int m = lineOrder;
        double a = alpha;
        d[0] = x;
        double previous = alphaComplement * x + (a * d[1]);
        d[1] = previous;
        double current = d[2];
        double y = 0.0;
        for (int i = 2; i <= m; i++) {
            double next = d[i + 1];
            double updated = current + a * (next - previous);
            y += updated * b[i];
            d[i] = previous;
            previous = updated;
            current = next;
        }
        d[m + 1] = previous;
        return y;
    }

    /** {@code HTSVocoder.postfilter_mgc(mgc, m, alpha, beta)}, in place. */
    static void postfilter(double[] mgc, int m, double alpha, double beta) {
        if (beta > 0.0 && m > 1) {
            double[] buffer = new double[m + 1];
            HTSVocoder.mc2b(mgc, buffer, m, alpha);
            double e1 = energy(buffer, m, alpha);
            buffer[1] -= beta * alpha * mgc[2];
            for (int k = 2; k < m; k++) {
                buffer[k] *= (1.0 + beta);
            }
            double e2 = energy(buffer, m, alpha);
            buffer[0] += Math.log(e1 / e2) / 2;
            HTSVocoder.b2mc(buffer, mgc, m, alpha);
        }
    }

    /** {@code HTSVocoder.b2en}: the energy of the filter's impulse response. */
    private static double energy(double[] b, int m, double a) {
        int length = (m + 1) + 2 * IMPULSE_LENGTH;
        double[] mc = new double[length];
        double[] cepstrum = new double[length];
        HTSVocoder.b2mc(b, mc, m, a);
        warped(mc, m, cepstrum, IMPULSE_LENGTH - 1, -a);
        double[] ir = impulseResponse(cepstrum);
        double en = 0.0;
        for (int i = 0; i < IMPULSE_LENGTH; i++) {
            en += ir[i] * ir[i];
        }
        return en;
    }

    /**
     * {@code HTSVocoder.freqt(c1, m1, c2, m2, a)}: MaryTTS keeps each pass's old values in the first half
     * of a buffer to read them back at the next coefficient; here they are carried in locals.
     */
    private static void warped(double[] c1, int m1, double[] c2, int m2, double a) {
        double b = 1 - a * a;
        double[] c = new double[m2 + 1];
        for (int i = -m1; i <= 0; i++) {
            double old0 = c[0];
            c[0] = c1[-i] + a * old0;
            double previousOld = c[1];
            double previousNew = b * old0 + a * previousOld;
            c[1] = previousNew;
            for (int j = 2; j <= m2; j++) {
                double old = c[j];
                double updated = previousOld + a * (old - previousNew);
                c[j] = updated;
                previousOld = old;
                previousNew = updated;
            }
        }
        System.arraycopy(c, 0, c2, 0, m2);
    }

    /** {@code HTSVocoder.c2ir(c, IRLENG, hh, IRLENG)}, with {@code k * c[k]} once per {@code k}. */
    private static double[] impulseResponse(double[] c) {
        int length = IMPULSE_LENGTH;
        double[] weighted = new double[length];
        for (int k = 1; k < length; k++) {
            weighted[k] = k * c[k];
        }
        double[] hh = new double[length];
        hh[0] = Math.exp(c[0]);
        for (int n = 1; n < length; n++) {
            double d = 0;
            for (int k = 1, j = n - 1; k <= n; k++, j--) {
                d += weighted[k] * hh[j];
            }
            hh[n] = d / n;
        }
        return hh;
    }
}
