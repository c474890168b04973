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
 * MaryTTS's postfilter of mel-generalised cepstra ({@code HTSVocoder.postfilter_mgc}) with the same
 * arithmetic in the same order, so the same coefficients to the bit: the impulse responses of the
 * coefficients before and after the emphasis run side by side and multiply by {@code k * c[k]} computed
 * once per coefficient, not once per product.
 */
final class MlsaPostfilter {

    private static final int IMPULSE_LENGTH = HTSVocoder.IRLENG;

    private MlsaPostfilter() {
    }

    /**
     * {@code HTSVocoder.postfilter_mgc(mgc, m, alpha, beta)}, in place. MaryTTS computes the impulse
     * response's energy of the coefficients before the emphasis and then of those after it; the second's
     * input does not depend on the first's result, so the two run side by side, each as before.
     */
    static void apply(double[] mgc, int m, double alpha, double beta) {
        if (beta > 0.0 && m > 1) {
            double[] before = new double[m + 1];
            HTSVocoder.mc2b(mgc, before, m, alpha);
            double[] buffer = before.clone();
            buffer[1] -= beta * alpha * mgc[2];
            for (int k = 2; k < m; k++) {
                buffer[k] *= (1.0 + beta);
            }
            double[] energies = energies(before, buffer, m, alpha);
            buffer[0] += Math.log(energies[0] / energies[1]) / 2;
            HTSVocoder.b2mc(buffer, mgc, m, alpha);
        }
    }

    /** {@code HTSVocoder.b2en} of {@code b} and of {@code e}: the energies of the filters' impulse responses. */
    private static double[] energies(double[] b, double[] e, int m, double a) {
        int length = (m + 1) + 2 * IMPULSE_LENGTH;
        double[] mcB = new double[length];
        double[] mcE = new double[length];
        HTSVocoder.b2mc(b, mcB, m, a);
        HTSVocoder.b2mc(e, mcE, m, a);
        double[] cepstrumB = new double[IMPULSE_LENGTH];
        double[] cepstrumE = new double[IMPULSE_LENGTH];
        warped(mcB, mcE, m, cepstrumB, cepstrumE, IMPULSE_LENGTH - 1, -a);
        double[] irB = new double[IMPULSE_LENGTH];
        double[] irE = new double[IMPULSE_LENGTH];
        impulseResponses(cepstrumB, cepstrumE, irB, irE);
        double enB = 0.0;
        double enE = 0.0;
        for (int i = 0; i < IMPULSE_LENGTH; i++) {
            enB += irB[i] * irB[i];
            enE += irE[i] * irE[i];
        }
        return new double[] {enB, enE};
    }

    /**
     * {@code HTSVocoder.freqt(c1, m1, c2, m2, a)} of two inputs side by side: MaryTTS keeps each pass's
     * old values in the first half of a buffer to read them back at the next coefficient; here they are
     * carried in locals. Each pass over the coefficients is a chain (a coefficient's new value needs the one
     * below it), and a pass reads the values the pass before it wrote: two passes run in one loop, the second
     * one coefficient behind the first (ADR 0050), so four chains overlap instead of two.
     */
    private static void warped(double[] inB, double[] inE, int m1, double[] outB, double[] outE, int m2, double a) {
        double b = 1 - a * a;
        double[] c = new double[m2 + 1];
        double[] f = new double[m2 + 1];
        int i = -m1;
        for (; i < 0; i += 2) {
            twoPasses(c, inB[-i], inB[-i - 1], f, inE[-i], inE[-i - 1], m2, a, b);
        }
        if (i == 0) {
            onePass(c, inB[0], f, inE[0], m2, a, b);
        }
        System.arraycopy(c, 0, outB, 0, m2);
        System.arraycopy(f, 0, outE, 0, m2);
    }

    /** One of freqt's passes, taking {@code inC} into {@code c} and {@code inF} into {@code f}. */
    private static void onePass(double[] c, double inC, double[] f, double inF, int m2, double a, double b) {
        double oldC0 = c[0];
        double oldF0 = f[0];
        c[0] = inC + a * oldC0;
        f[0] = inF + a * oldF0;
        double previousOldC = c[1];
        double previousOldF = f[1];
        double previousNewC = b * oldC0 + a * previousOldC;
        double previousNewF = b * oldF0 + a * previousOldF;
        c[1] = previousNewC;
        f[1] = previousNewF;
        for (int j = 2; j <= m2; j++) {
            double oldC = c[j];
            double oldF = f[j];
            double updatedC = previousOldC + a * (oldC - previousNewC);
            double updatedF = previousOldF + a * (oldF - previousNewF);
            c[j] = updatedC;
            f[j] = updatedF;
            previousOldC = oldC;
            previousOldF = oldF;
            previousNewC = updatedC;
            previousNewF = updatedF;
        }
    }

    /**
     * {@link #onePass} with {@code firstC}, {@code firstF}, then again with {@code secondC}, {@code secondF}:
     * the second pass's old value of a coefficient is the first pass's new one, taken as it is made.
     */
    private static void twoPasses(double[] c, double firstC, double secondC, double[] f, double firstF,
                                  double secondF, int m2, double a, double b) {
        double oldC0 = c[0];
        double oldF0 = f[0];
        double firstC0 = firstC + a * oldC0;
        double firstF0 = firstF + a * oldF0;
        c[0] = secondC + a * firstC0;
        f[0] = secondF + a * firstF0;
        double firstOldC = c[1];
        double firstOldF = f[1];
        double firstNewC = b * oldC0 + a * firstOldC;
        double firstNewF = b * oldF0 + a * firstOldF;
        double secondOldC = firstNewC;
        double secondOldF = firstNewF;
        double secondNewC = b * firstC0 + a * secondOldC;
        double secondNewF = b * firstF0 + a * secondOldF;
        c[1] = secondNewC;
        f[1] = secondNewF;
        for (int j = 2; j <= m2; j++) {
            double oldC = c[j];
            double oldF = f[j];
            double updatedC = firstOldC + a * (oldC - firstNewC);
            double updatedF = firstOldF + a * (oldF - firstNewF);
            double againC = secondOldC + a * (updatedC - secondNewC);
            double againF = secondOldF + a * (updatedF - secondNewF);
            c[j] = againC;
            f[j] = againF;
            firstOldC = oldC;
            firstOldF = oldF;
            firstNewC = updatedC;
            firstNewF = updatedF;
            secondOldC = updatedC;
            secondOldF = updatedF;
            secondNewC = againC;
            secondNewF = againF;
        }
    }

    /**
     * {@code HTSVocoder.c2ir(c, IRLENG, hh, IRLENG)} of two cepstra side by side, with {@code k * c[k]}
     * once per {@code k}.
     */
    private static void impulseResponses(double[] cB, double[] cE, double[] hB, double[] hE) {
        int length = IMPULSE_LENGTH;
        double[] weightedB = new double[length];
        double[] weightedE = new double[length];
        for (int k = 1; k < length; k++) {
            weightedB[k] = k * cB[k];
            weightedE[k] = k * cE[k];
        }
        hB[0] = Math.exp(cB[0]);
        hE[0] = Math.exp(cE[0]);
        for (int n = 1; n < length; n++) {
            double dB = 0;
            double dE = 0;
            for (int k = 1, j = n - 1; k <= n; k++, j--) {
                dB += weightedB[k] * hB[j];
                dE += weightedE[k] * hE[j];
            }
            hB[n] = dB / n;
            hE[n] = dE / n;
        }
    }
}
