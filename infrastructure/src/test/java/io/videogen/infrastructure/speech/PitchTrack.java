package io.videogen.infrastructure.speech;

import java.util.ArrayList;
import java.util.List;

/** Fundamental frequency of voiced 40 ms frames by normalised autocorrelation (60-400 Hz), for reports. */
final class PitchTrack {

    private PitchTrack() {
    }

    static List<Double> of(double[] samples, float rate) {
        int frame = Math.round(rate * 0.04f);
        int minLag = Math.round(rate / 400);
        int maxLag = Math.round(rate / 60);
        List<Double> pitches = new ArrayList<>();
        for (int start = 0; start + frame + maxLag < samples.length; start += frame / 2) {
            double energy = 0;
            for (int i = start; i < start + frame; i++) {
                energy += samples[i] * samples[i];
            }
            if (Math.sqrt(energy / frame) < 0.03) {
                continue;
            }
            double best = 0;
            int bestLag = 0;
            for (int lag = minLag; lag <= maxLag; lag++) {
                double sum = 0;
                double norm = 0;
                for (int i = start; i < start + frame; i++) {
                    sum += samples[i] * samples[i + lag];
                    norm += samples[i + lag] * samples[i + lag];
                }
                double r = sum / Math.sqrt(energy * norm + 1e-12);
                if (r > best) {
                    best = r;
                    bestLag = lag;
                }
            }
            if (best > 0.75) {
                pitches.add(rate / (double) bestLag);
            }
        }
        return pitches;
    }
}
