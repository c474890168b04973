package io.videogen.infrastructure.media;

import java.awt.geom.AffineTransform;

/**
 * A slow zoom with a slight pan over a picture prepared {@link #OVERSIZE} times larger than the
 * frame. Each frame is one affine transform of that picture, so the motion is sub-pixel smooth
 * (whole-pixel crops would visibly judder at this speed).
 */
record KenBurnsMotion(int frameWidth, int frameHeight, int frameCount, boolean zoomIn, int panDirection) {

    /** How much larger than the frame the prepared picture is: the room the motion moves in. */
    static final double OVERSIZE = 1.15;

    static KenBurnsMotion forScene(int sceneIndex, int width, int height, int frameCount) {
        // Alternate direction scene by scene so consecutive scenes do not all drift the same way.
        return new KenBurnsMotion(width, height, frameCount, sceneIndex % 2 == 0, sceneIndex % 4 < 2 ? 1 : -1);
    }

    int preparedWidth() {
        return even(frameWidth * OVERSIZE);
    }

    int preparedHeight() {
        return even(frameHeight * OVERSIZE);
    }

    /** Maps the prepared picture onto the frame for frame {@code index}. */
    AffineTransform transformAt(int index) {
        double progress = frameCount <= 1 ? 0 : (double) index / (frameCount - 1);
        double eased = progress * progress * (3 - 2 * progress);
        double start = Math.max((double) frameWidth / preparedWidth(),   // whole prepared picture visible
                (double) frameHeight / preparedHeight());
        double end = start * OVERSIZE;                                   // about 1:1
        double scale = zoomIn ? start + (end - start) * eased : end + (start - end) * eased;
        double shownWidth = frameWidth / scale;
        double shownHeight = frameHeight / scale;
        double spareX = preparedWidth() - shownWidth;
        double spareY = preparedHeight() - shownHeight;
        double left = spareX / 2 + panDirection * (eased - 0.5) * spareX * 0.8;
        double top = spareY / 2;
        AffineTransform transform = AffineTransform.getScaleInstance(scale, scale);
        transform.translate(-left, -top);
        return transform;
    }

    private static int even(double value) {
        return ((int) Math.ceil(value) + 1) & ~1;
    }
}
