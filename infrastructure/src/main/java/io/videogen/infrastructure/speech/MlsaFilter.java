/* ----------------------------------------------------------------- */
/* This file is a modified version of MaryTTS's HTSVocoder            */
/* (marytts-runtime 5.2.1, marytts.htsengine.HTSVocoder: Copyright    */
/* 2011 DFKI GmbH, GNU Lesser General Public License version 3), a    */
/* Java port of the HTS engine API, which carries this notice:        */
/* ----------------------------------------------------------------- */
/*           The HMM-Based Speech Synthesis Engine "hts_engine API"  */
/*           developed by HTS Working Group                          */
/*           http://hts-engine.sourceforge.net/                      */
/* ----------------------------------------------------------------- */
/*                                                                   */
/*  Copyright (c) 2001-2010  Nagoya Institute of Technology          */
/*                           Department of Computer Science          */
/*                                                                   */
/*                2001-2008  Tokyo Institute of Technology           */
/*                           Interdisciplinary Graduate School of    */
/*                           Science and Engineering                 */
/*                                                                   */
/* All rights reserved.                                              */
/*                                                                   */
/* Redistribution and use in source and binary forms, with or        */
/* without modification, are permitted provided that the following   */
/* conditions are met:                                               */
/*                                                                   */
/* - Redistributions of source code must retain the above copyright  */
/*   notice, this list of conditions and the following disclaimer.   */
/* - Redistributions in binary form must reproduce the above         */
/*   copyright notice, this list of conditions and the following     */
/*   disclaimer in the documentation and/or other materials provided */
/*   with the distribution.                                          */
/* - Neither the name of the HTS working group nor the names of its  */
/*   contributors may be used to endorse or promote products derived */
/*   from this software without specific prior written permission.   */
/*                                                                   */
/* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND            */
/* CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES,       */
/* INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF          */
/* MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE          */
/* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR CONTRIBUTORS */
/* BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL,          */
/* EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED   */
/* TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,     */
/* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON */
/* ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,   */
/* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY    */
/* OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE           */
/* POSSIBILITY OF SUCH DAMAGE.                                       */
/* ----------------------------------------------------------------- */
/* Modified for videogen in 2026 (ADR 0039, ADR 0050): restructured */
/* for the compilers with the same arithmetic in the same order. As a */
/* modified version of MaryTTS's file, it is under the GNU Lesser    */
/* General Public License version 3, like MaryTTS.                   */
/* ----------------------------------------------------------------- */
package io.videogen.infrastructure.speech;

import marytts.htsengine.HTSVocoder;

/**
 * MaryTTS's mel-log-spectrum-approximation filter ({@code HTSVocoder.mlsadf} with its Padé order 5;
 * its postfilter is {@link MlsaPostfilter}) with the same arithmetic in the same order, so the same
 * samples to the bit, written for the C1 compiler the CLI runs with (no unrolling, no vectorising):
 * each of the five delay lines is updated, summed and shifted in one pass instead of three, kept in
 * an array of its own so that its index is the loop's, and the five run in one loop. These loops were
 * two thirds of a narration's CPU time (a third since they run together).
 */
final class MlsaFilter {

    private static final int PADE_ORDER = HTSVocoder.PADEORDER;
    /** MaryTTS's Padé coefficients for order 5 ({@code pade[ppade + i]}, {@code ppade = 15}). */
    private static final double[] PADE = {1, 0.4999391, 0.1107098, 0.01369984, 0.0009564853, 0.00003041721};

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
     * five lines of a sample are independent and run together in one loop, their five dependency chains
     * side by side; their outputs are then summed in MaryTTS's order.
     */
    private double second(double x, double[] b) {
        double[] y = outputs;
        lines(b);
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

    /**
     * {@code HTSVocoder.mlsafir} of the five terms in one loop: term {@code t}'s line takes {@code y[t - 1]}
     * and gives {@code y[t]}. MaryTTS updates {@code d[i] += a * (d[i + 1] - d[i - 1])} upwards, sums
     * {@code d[i] * b[i]} upwards, then shifts {@code d[i] = d[i - 1]} downwards; here the three in one pass,
     * reading each old value once before it is overwritten by its lower neighbour's new one. Each line's two
     * chains (its update, which needs the value updated before it, and its sum) are MaryTTS's; the five
     * lines' chains interleave (ADR 0050: two at a time before), so the processor overlaps their latencies.
     */
    private void lines(double[] b) {
        double[] y = outputs;
        double[] d1 = lines[1];
        double[] d2 = lines[2];
        double[] d3 = lines[3];
        double[] d4 = lines[4];
        double[] d5 = lines[5];
        int m = lineOrder;
        double a = alpha;
        double c = alphaComplement;
        d1[0] = y[0];
        d2[0] = y[1];
        d3[0] = y[2];
        d4[0] = y[3];
        d5[0] = y[4];
        double previous1 = c * y[0] + (a * d1[1]);
        double previous2 = c * y[1] + (a * d2[1]);
        double previous3 = c * y[2] + (a * d3[1]);
        double previous4 = c * y[3] + (a * d4[1]);
        double previous5 = c * y[4] + (a * d5[1]);
        d1[1] = previous1;
        d2[1] = previous2;
        d3[1] = previous3;
        d4[1] = previous4;
        d5[1] = previous5;
        double current1 = d1[2];
        double current2 = d2[2];
        double current3 = d3[2];
        double current4 = d4[2];
        double current5 = d5[2];
        double sum1 = 0.0;
        double sum2 = 0.0;
        double sum3 = 0.0;
        double sum4 = 0.0;
        double sum5 = 0.0;
        for (int i = 2; i <= m; i++) {
            double coefficient = b[i];
            double next1 = d1[i + 1];
            double next2 = d2[i + 1];
            double next3 = d3[i + 1];
            double next4 = d4[i + 1];
            double next5 = d5[i + 1];
            double updated1 = current1 + a * (next1 - previous1);
            double updated2 = current2 + a * (next2 - previous2);
            double updated3 = current3 + a * (next3 - previous3);
            double updated4 = current4 + a * (next4 - previous4);
            double updated5 = current5 + a * (next5 - previous5);
            sum1 += updated1 * coefficient;
            sum2 += updated2 * coefficient;
            sum3 += updated3 * coefficient;
            sum4 += updated4 * coefficient;
            sum5 += updated5 * coefficient;
            d1[i] = previous1;
            d2[i] = previous2;
            d3[i] = previous3;
            d4[i] = previous4;
            d5[i] = previous5;
            previous1 = updated1;
            previous2 = updated2;
            previous3 = updated3;
            previous4 = updated4;
            previous5 = updated5;
            current1 = next1;
            current2 = next2;
            current3 = next3;
            current4 = next4;
            current5 = next5;
        }
        d1[m + 1] = previous1;
        d2[m + 1] = previous2;
        d3[m + 1] = previous3;
        d4[m + 1] = previous4;
        d5[m + 1] = previous5;
        y[1] = sum1;
        y[2] = sum2;
        y[3] = sum3;
        y[4] = sum4;
        y[5] = sum5;
    }
}
