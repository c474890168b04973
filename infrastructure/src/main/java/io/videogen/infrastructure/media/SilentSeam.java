package io.videogen.infrastructure.media;

/**
 * Where a soundtrack's AAC encode may be cut in two and its halves joined by packet copy: a frame
 * boundary inside digital silence, as near the middle as the silences allow. Around such a seam both
 * encoders see what the whole encode sees — the narration's zeros, the first encoder's flush padding
 * and the second's priming are all silence — so the joined stream decodes to silence there too.
 */
final class SilentSeam {

    /** Frames of exact zeros a seam needs on each side: the second encoder's pre-roll and the first's run-on. */
    static final int QUIET_FRAMES = 4;

    private SilentSeam() {
    }

    /**
     * The frame boundary inside a run of zeros at least {@link #QUIET_FRAMES} frames away from sound on
     * each side, nearest the middle and within the middle half of the track; -1 when there is none.
     */
    static int find(float[] samples, int frameSize) {
        int length = samples.length;
        int middle = length / 2 / frameSize * frameSize;
        int margin = QUIET_FRAMES * frameSize;
        int best = -1;
        int bestDistance = length / 4 + 1;
        int runStart = -1;
        for (int i = 0; i <= length; i++) {
            boolean silent = i < length && samples[i] == 0f;
            if (silent && runStart < 0) {
                runStart = i;
            } else if (!silent && runStart >= 0) {
                int from = ceilToFrame(runStart + margin, frameSize);
                int to = (i - margin) / frameSize * frameSize;
                if (i - margin >= 0 && from <= to) {
                    int candidate = Math.max(from, Math.min(to, middle));
                    if (Math.abs(candidate - middle) < bestDistance) {
                        bestDistance = Math.abs(candidate - middle);
                        best = candidate;
                    }
                }
                runStart = -1;
            }
        }
        return best;
    }

    private static int ceilToFrame(int sample, int frameSize) {
        return (sample + frameSize - 1) / frameSize * frameSize;
    }
}
