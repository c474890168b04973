package io.videogen.infrastructure.avatar;

import java.util.SplittableRandom;

/**
 * When the presenter's eyes are closed. People blink every few seconds at irregular intervals;
 * a fixed rhythm looks mechanical. The pattern comes from a seed, so a re-rendered scene is the
 * same video frame for frame.
 */
final class Blinks {

    static final double SHORTEST_GAP_SECONDS = 2.5;
    static final double LONGEST_GAP_SECONDS = 5.0;
    static final double BLINK_SECONDS = 0.12;

    private Blinks() {
    }

    static boolean[] closedFrames(long seed, int frameCount, int fps) {
        boolean[] closed = new boolean[frameCount];
        SplittableRandom random = new SplittableRandom(seed);
        int length = Math.max(1, (int) Math.round(BLINK_SECONDS * fps));
        // The first blink comes sooner than a full gap, so short scenes get one too.
        double at = random.nextDouble(0.8, SHORTEST_GAP_SECONDS);
        while (true) {
            int first = (int) Math.round(at * fps);
            if (first >= frameCount) {
                return closed;
            }
            for (int frame = first; frame < Math.min(frameCount, first + length); frame++) {
                closed[frame] = true;
            }
            at += random.nextDouble(SHORTEST_GAP_SECONDS, LONGEST_GAP_SECONDS);
        }
    }
}
