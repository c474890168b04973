package io.videogen.infrastructure.media;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a soundtrack's AAC encode may be cut into pieces joined by packet copy: frame boundaries inside
 * digital silence. Around such a seam both
 * encoders see what the whole encode sees — the narration's zeros, the first encoder's flush padding
 * and the second's priming are all silence — so the joined stream decodes to silence there too.
 */
final class SilentSeam {

    /** Frames of exact zeros a seam needs on each side: the second encoder's pre-roll and the first's run-on. */
    static final int QUIET_FRAMES = 4;

    private SilentSeam() {
    }

    /**
     * Every place a soundtrack may be cut into pieces (ADR 0042): in each run of zeros, the first frame
     * boundary at least {@link #QUIET_FRAMES} frames from sound on both sides. It depends only on the samples
     * before it, so a piece that ends there is the same wherever the sound after it moved.
     */
    static int[] all(float[] samples, int frameSize) {
        int length = samples.length;
        int margin = QUIET_FRAMES * frameSize;
        List<Integer> seams = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i <= length; i++) {
            boolean silent = i < length && samples[i] == 0f;
            if (silent && runStart < 0) {
                runStart = i;
            } else if (!silent && runStart >= 0) {
                int from = ceilToFrame(runStart + margin, frameSize);
                if (i - margin >= 0 && from <= (i - margin) / frameSize * frameSize) {
                    seams.add(from);
                }
                runStart = -1;
            }
        }
        return seams.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int ceilToFrame(int sample, int frameSize) {
        return (sample + frameSize - 1) / frameSize * frameSize;
    }
}
