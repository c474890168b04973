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
     * Every place a soundtrack may be cut into pieces (ADR 0042, 0052), each at least {@link #QUIET_FRAMES}
     * frames from sound on both sides. In a run of zeros between two sounds: the first frame boundary after the
     * sound before it and the last before the sound after it (one seam when they meet, none when they cross), so
     * that each sound's piece runs between seams fixed against that sound alone and a sound moved by whole frames
     * keeps its piece; the silence between the two is a piece of its own. Before the first sound, the last
     * boundary before it (at least {@link #QUIET_FRAMES} frames from the start); after the last, the first
     * boundary after it that leaves {@link #QUIET_FRAMES} frames before the end.
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
                // after the sound before the run (the track's start counts as one), before the sound after it (or
                // the track's end)
                int after = ceilToFrame(runStart + margin, frameSize);
                int before = Math.floorDiv(i - margin, frameSize) * frameSize;
                boolean soundBefore = runStart > 0;
                boolean soundAfter = i < length;
                if (after <= before) {
                    if (soundBefore || !soundAfter) {
                        seams.add(after);
                    }
                    if (soundAfter && (before > after || !soundBefore)) {
                        seams.add(before);
                    }
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
