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

import java.util.Arrays;
import marytts.htsengine.HMMData;
import marytts.htsengine.HTSPStream;

/**
 * The mixed excitation: a pulse and a noise sample, each through its shaping filter for the frame
 * (the voice's band filters weighted by the frame's strengths), summed. MaryTTS shifts each
 * filter's history by one every sample; here a frame's samples follow the last {@code order} of the
 * frame before in one array, and two samples are summed in one loop, their two chains of additions
 * side by side (each in MaryTTS's order).
 */
final class MixedExcitation {

    private final HTSPStream strengths;
    private final double[][] bands;
    private final int count;
    private final int order;
    private final double[] pulseShape;
    private final double[] noiseShape;
    private double[] pulses;
    private double[] noises;
    /** How many of the last pulses were zero (all of a window's once it reaches {@code order}). */
    private int silentPulses;

    MixedExcitation(HMMData voice, HTSPStream strengths) throws Exception {
        this.count = voice.getNumFilters();
        this.order = voice.getOrderFilters();
        if (count != strengths.getOrder()) {
            throw new Exception("htsMLSAVocoder: error num mix-excitation filters = " + count
                    + " in configuration file is different from generated str order=" + strengths.getOrder());
        }
        this.strengths = strengths;
        this.bands = voice.getMixFilters();
        this.pulseShape = new double[order];
        this.noiseShape = new double[order];
        this.pulses = new double[order];
        this.noises = new double[order];
    }

    void shapeFor(int frame) {
        for (int j = 0; j < order; j++) {
            pulseShape[j] = noiseShape[j] = 0.0;
            for (int i = 0; i < count; i++) {
                double str = strengths.getPar(frame, i);
                pulseShape[j] += str * bands[i][j];
                noiseShape[j] += (1 - str) * bands[i][j];
            }
        }
    }

    /**
     * {@code out[n]} for the frame's {@code length} samples: MaryTTS's sum over its history
     * {@code h[k]} ({@code k = 0} the sample before), {@code k} from {@code order - 1} down to 1, then
     * {@code shape[0]} times the sample itself. Sample {@code n}'s {@code h[k]} is {@code x[order + n - 1 - k]}.
     * While a pulse window holds only zeros, MaryTTS's sum of its products is +0.0, as is skipping it.
     */
    void mix(double[] xp, double[] xn, double[] out, int length) {
        if (pulses.length != order + length) {
            pulses = Arrays.copyOf(pulses, order + length);
            noises = Arrays.copyOf(noises, order + length);
        }
        System.arraycopy(xp, 0, pulses, order, length);
        System.arraycopy(xn, 0, noises, order, length);
        int n = 0;
        for (; n + 1 < length; n += 2) {
            boolean silent = silentPulses >= order;
            silentPulses = xp[n] == 0.0 ? Math.min(silentPulses + 1, order) : 0;
            boolean nextSilent = silentPulses >= order;
            silentPulses = xp[n + 1] == 0.0 ? Math.min(silentPulses + 1, order) : 0;
            double fxp = 0.0;
            double fxn = 0.0;
            double gxp = 0.0;
            double gxn = 0.0;
            int i = n;   // h[order - 1] of sample n; of sample n + 1 it is i + 1
            if (silent && nextSilent) {
                for (int k = order - 1; k > 0; k--, i++) {
                    fxn += noiseShape[k] * noises[i];
                    gxn += noiseShape[k] * noises[i + 1];
                }
            } else {
                for (int k = order - 1; k > 0; k--, i++) {
                    fxp += pulseShape[k] * pulses[i];
                    fxn += noiseShape[k] * noises[i];
                    gxp += pulseShape[k] * pulses[i + 1];
                    gxn += noiseShape[k] * noises[i + 1];
                }
            }
            fxp += pulseShape[0] * xp[n];
            fxn += noiseShape[0] * xn[n];
            gxp += pulseShape[0] * xp[n + 1];
            gxn += noiseShape[0] * xn[n + 1];
            out[n] = fxp + fxn;
            out[n + 1] = gxp + gxn;
        }
        for (; n < length; n++) {
            boolean silent = silentPulses >= order;
            silentPulses = xp[n] == 0.0 ? Math.min(silentPulses + 1, order) : 0;
            double fxp = 0.0;
            double fxn = 0.0;
            int i = n;
            for (int k = order - 1; k > 0; k--, i++) {
                if (!silent) {
                    fxp += pulseShape[k] * pulses[i];
                }
                fxn += noiseShape[k] * noises[i];
            }
            fxp += pulseShape[0] * xp[n];
            fxn += noiseShape[0] * xn[n];
            out[n] = fxp + fxn;
        }
        System.arraycopy(pulses, length, pulses, 0, order);
        System.arraycopy(noises, length, noises, 0, order);
    }
}
