package io.videogen.infrastructure.visuals;

import io.videogen.domain.shared.RgbColor;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A gradient from the top-left corner to the bottom-right one, computed per pixel (the same
 * picture FFmpeg's {@code gradients} source draws between those corners).
 *
 * <p>It is not dithered. A dither of one level looks smoother in the PNG, but x264 at the CRFs the
 * quality presets use cannot keep noise that faint: it spends every frame trying to (a 720p scene
 * cost 60 % more encoder time and four times the bits) and the delivered video shows the same
 * steps anyway.
 */
final class DiagonalGradient {

    private DiagonalGradient() {
    }

    /** @param image a TYPE_INT_RGB image */
    static void paint(BufferedImage image, RgbColor from, RgbColor to) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        // Projecting on the diagonal vector makes both corners the exact end colours at any aspect.
        double scale = 1.0 / ((double) width * width + (double) height * height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double t = ((double) x * width + (double) y * height) * scale;
                pixels[y * width + x] = (channel(from.red(), to.red(), t) << 16)
                        | (channel(from.green(), to.green(), t) << 8)
                        | channel(from.blue(), to.blue(), t);
            }
        }
    }

    private static int channel(int from, int to, double t) {
        long value = Math.round(from + (to - from) * t);
        return (int) Math.max(0, Math.min(255, value));
    }
}
