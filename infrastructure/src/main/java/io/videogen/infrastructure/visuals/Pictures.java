package io.videogen.infrastructure.visuals;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Resampling that looks right at large factors, which Graphics2D alone does not. */
final class Pictures {

    /** The blurred backdrop is drawn from a picture this many times smaller than the frame. */
    private static final int BLUR_FACTOR = 24;

    private Pictures() {
    }

    /**
     * Scales in halving steps: one bilinear step from a photo to a fraction of its size skips most
     * source pixels and shimmers; successive halves average them all.
     */
    static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        int currentWidth = source.getWidth();
        int currentHeight = source.getHeight();
        while (currentWidth / 2 >= width && currentHeight / 2 >= height) {
            currentWidth /= 2;
            currentHeight /= 2;
            current = resample(current, currentWidth, currentHeight);
        }
        return currentWidth == width && currentHeight == height && current != source
                ? current : resample(current, width, height);
    }

    /** A soft, colour-true blur of the picture covering the frame: shrunk to a few pixels, then smoothly enlarged. */
    static BufferedImage blurred(BufferedImage source, int width, int height) {
        double cover = Math.max(width / (double) source.getWidth(), height / (double) source.getHeight());
        int smallWidth = Math.max(2, (int) Math.round(source.getWidth() * cover / BLUR_FACTOR));
        int smallHeight = Math.max(2, (int) Math.round(source.getHeight() * cover / BLUR_FACTOR));
        BufferedImage tiny = scaled(source, smallWidth, smallHeight);
        // Two enlarging steps hide the bilinear "plus" pattern one large step leaves.
        BufferedImage middle = resample(tiny, smallWidth * 4, smallHeight * 4);
        BufferedImage large = resample(middle, (int) Math.round(source.getWidth() * cover),
                (int) Math.round(source.getHeight() * cover));
        BufferedImage framed = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = framed.createGraphics();
        graphics.drawImage(large, (width - large.getWidth()) / 2, (height - large.getHeight()) / 2, null);
        graphics.dispose();
        return framed;
    }

    private static BufferedImage resample(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = target.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.drawImage(source, 0, 0, width, height, null);
        graphics.dispose();
        return target;
    }
}
