package io.videogen.infrastructure.avatar;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Small shared pieces of the presenter's drawing. */
final class Drawing {

    private Drawing() {
    }

    static Graphics2D graphics(BufferedImage image) {
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        graphics.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        return graphics;
    }

    /** The colour moved towards black (factor below 1) or white (above 1). */
    static Color shade(Color color, double factor) {
        if (factor <= 1) {
            return new Color(channel(color.getRed() * factor), channel(color.getGreen() * factor),
                    channel(color.getBlue() * factor), color.getAlpha());
        }
        double toWhite = factor - 1;
        return new Color(channel(color.getRed() + (255 - color.getRed()) * toWhite),
                channel(color.getGreen() + (255 - color.getGreen()) * toWhite),
                channel(color.getBlue() + (255 - color.getBlue()) * toWhite), color.getAlpha());
    }

    static Color mix(Color a, Color b, double share) {
        return new Color(channel(a.getRed() + (b.getRed() - a.getRed()) * share),
                channel(a.getGreen() + (b.getGreen() - a.getGreen()) * share),
                channel(a.getBlue() + (b.getBlue() - a.getBlue()) * share),
                channel(a.getAlpha() + (b.getAlpha() - a.getAlpha()) * share));
    }

    static Color alpha(Color color, double alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), channel(255 * alpha));
    }

    private static int channel(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
