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

import marytts.htsengine.HMMData;
import marytts.htsengine.HTSPStream;
import marytts.htsengine.HTSVocoder;

/**
 * MaryTTS's vocoder ({@code HTSVocoder.htsMLSAVocoder}) for what our voice is: mel-generalised cepstra
 * with gamma 0 ({@code stage == 0}), mixed excitation from band strengths or none, no pulses from
 * Fourier magnitudes. Same arithmetic in the same order, the same seeded noise, so the same samples
 * to the bit ({@code MlsaVocoderTest} compares them); faster under C1: a frame's excitation is made
 * before its filtering (it depends on neither), its two shaping filters read their history from one
 * array instead of shifting it by one each sample and sum two samples at once, the pulse's filter is
 * skipped while its window holds only zeros, and the filter is {@link MlsaFilter}. A voice it does not
 * handle goes to MaryTTS's own.
 */
final class MlsaVocoder {

    private MlsaVocoder() {
    }

    /** Whether this vocoder makes what {@code HTSVocoder} would for {@code voice}. */
    static boolean handles(HMMData voice) {
        return voice.getStage() == 0 && !voice.getUseFourierMag()
                && (!voice.getUseMixExc() || voice.getPdfStrStream() != null);
    }

    /** {@code new HTSVocoder().htsMLSAVocoder(lf0, mcep, str, mag, voiced, voice, null)}. */
    static double[] vocode(HTSPStream lf0, HTSPStream mcep, HTSPStream str, HTSPStream mag, boolean[] voiced,
                           HMMData voice) throws Exception {
        if (!handles(voice)) {
            return new HTSVocoder().htsMLSAVocoder(lf0, mcep, str, mag, voiced, voice, null);
        }
        int m = mcep.getOrder();
        int period = voice.getFperiod();
        double rate = voice.getRate();
        double alpha = voice.getAlpha();
        double beta = voice.getBeta();
        boolean mixed = voice.getUseMixExc();
        MixedExcitation excitation = mixed ? new MixedExcitation(voice, str) : null;
        NoiseSigns noise = new NoiseSigns(HTSVocoder.SEED);
        MlsaFilter filter = new MlsaFilter(m, alpha);
        double[] c = new double[m];
        double[] next = new double[m];
        double[] step = new double[m];
        double[] mc = new double[m];
        double[] source = new double[period];
        double[] pulse = new double[period];
        double[] noiseIn = new double[period];

        double f0Std = voice.getF0Std();
        double f0Shift = voice.getF0Mean();
        double f0MeanOri = 0.0;
        int lf0Frame = 0;
        for (int frame = 0; frame < mcep.getT(); frame++) {
            if (voiced[frame]) {
                f0MeanOri = f0MeanOri + Math.exp(lf0.getPar(lf0Frame, 0));
                lf0Frame++;
            }
        }
        f0MeanOri = f0MeanOri / lf0Frame;

        double[] audio = new double[mcep.getT() * period];
        int s = 0;
        double p1 = -1;
        double pc = 0.0;
        lf0Frame = 0;
        for (int frame = 0; frame < mcep.getT(); frame++) {
            for (int i = 0; i < m; i++) {
                mc[i] = mcep.getPar(frame, i);
            }
            double f0 = 0.0;
            if (voiced[frame]) {
                f0 = f0Std * Math.exp(lf0.getPar(lf0Frame, 0)) + (1 - f0Std) * f0MeanOri + f0Shift;
                lf0Frame++;
                f0 = Math.max(0.0, f0);
            }
            if (mixed) {
                excitation.shapeFor(frame);
            }
            if (f0 != 0.0) {
                f0 = rate / f0;
            }
            if (p1 < 0) {
                p1 = f0;
                pc = p1;
            }
            MlsaPostfilter.apply(mc, m - 1, alpha, beta);
            HTSVocoder.mc2b(mc, next, m - 1, alpha);
            for (int i = 0; i < m; i++) {
                step[i] = (next[i] - c[i]) * HTSVocoder.IPERIOD / period;
            }
            double inc;
            if (p1 != 0.0 && f0 != 0.0) {
                inc = (f0 - p1) * (double) HTSVocoder.IPERIOD / (double) period;
            } else {
                inc = 0.0;
                pc = f0;
                p1 = 0.0;
            }
            // the excitation first (it depends on neither the filter nor its coefficients), then the filter
            for (int n = 0; n < period; n++) {
                double x;
                double xp = 0.0;
                double xn = 0.0;
                if (p1 == 0.0) {
                    x = noise.sign();
                    xn = x;
                } else {
                    if ((pc += 1.0) >= p1) {
                        x = Math.sqrt(p1);
                        pc = pc - p1;
                    } else {
                        x = 0.0;
                    }
                    if (mixed) {
                        xp = x;
                        xn = noise.sign();
                    }
                }
                source[n] = x;
                pulse[n] = xp;
                noiseIn[n] = xn;
                // IPERIOD is 1: the pitch and the coefficients move on every sample
                p1 += inc;
            }
            if (mixed) {
                excitation.mix(pulse, noiseIn, source, period);
            }
            for (int n = 0; n < period; n++) {
                double x = source[n];
                if (x != 0.0) {
                    x *= Math.exp(c[0]);
                }
                audio[s++] = filter.filter(x, c);
                for (int k = 0; k < m; k++) {
                    c[k] += step[k];
                }
            }
            p1 = f0;
            System.arraycopy(next, 0, c, 0, m);
        }
        return audio;
    }
}
