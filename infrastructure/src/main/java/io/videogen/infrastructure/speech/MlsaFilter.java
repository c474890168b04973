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
/* Modified for videogen in 2026 (ADR 0039): restructured for the    */
/* C1 compiler with the same arithmetic in the same order. As a      */
/* modified version of MaryTTS's file, it is under the GNU Lesser    */
/* General Public License version 3, like MaryTTS.                   */
/* ----------------------------------------------------------------- */
package io.videogen.infrastructure.speech;

import marytts.htsengine.HTSVocoder;

/**
 * MaryTTS's mel-log-spectrum-approximation filter ({@code HTSVocoder.mlsadf} with its Padé order 5;
 * its postfilter is {@link MlsaPostfilter}) with the same arithmetic in the same order, so the same
 * samples to the bit, written for the C1 compiler the CLI runs with (no unrolling, no vectorising):
 * each of the five delay lines is updated, summed and shifted in one pass instead of three, and kept
 * in an array of its own so that its index is the loop's. These loops were two thirds of a
 * narration's CPU time.
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
}
