package io.videogen.infrastructure.visuals;

import io.videogen.domain.shared.RgbColor;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.SplittableRandom;

/**
 * A gradient from the top-left corner to the bottom-right one, computed per pixel with a little
 * dither: a plain 8-bit gradient over a large frame shows bands, and H.264 makes them worse.
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
        // Seeded from the colours so the same gradient always gives the same file.
        SplittableRandom noise = new SplittableRandom(from.rgb() * 31L + to.rgb());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double t = ((double) x * width + (double) y * height) * scale;
                pixels[y * width + x] = (channel(from.red(), to.red(), t, noise) << 16)
                        | (channel(from.green(), to.green(), t, noise) << 8)
                        | channel(from.blue(), to.blue(), t, noise);
            }
        }
    }

    private static int channel(int from, int to, double t, SplittableRandom noise) {
        // Triangular noise of one level either way: invisible, but breaks the steps apart.
        double dither = noise.nextDouble() - noise.nextDouble();
        long value = Math.round(from + (to - from) * t + dither);
        return (int) Math.max(0, Math.min(255, value));
    }
}
