package io.videogen.infrastructure.visuals;

import io.videogen.domain.media.Resolution;

/**
 * The picture being painted and the frame it is made for. With a Ken Burns move the picture is
 * larger than the frame, and the frame-sized window the viewer sees stays around its centre.
 */
record Canvas(int width, int height, Resolution frame) {

    static Canvas of(Resolution frame, double oversize) {
        double factor = Math.max(1.0, oversize);
        return new Canvas(even(frame.width() * factor), even(frame.height() * factor), frame);
    }

    /** H.264 with 4:2:0 chroma needs even sides. */
    private static int even(double side) {
        int rounded = (int) Math.round(side);
        return rounded + (rounded & 1);
    }
}
