package io.videogen.infrastructure.media;

import io.videogen.infrastructure.fonts.BundledFonts;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.Resolution;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * One caption drawn once, as a translucent rounded box with its lines, placed inside the
 * title-safe area, and the frames it shows on.
 */
record CaptionCard(BufferedImage image, int x, int y, int firstFrame, int endFrame) {

    /** Title-safe area: the centre 80 % of the frame, where no TV or player UI covers text. */
    private static final double SAFE_MARGIN = 0.10;

    boolean showsOn(int frame) {
        return frame >= firstFrame && frame < endFrame;
    }

    static CaptionCard draw(TimedCaption caption, CaptionStyle style, Resolution frame, int fps) {
        float scale = frame.height() / 720f;
        float fontPixels = style.fontSize() * scale;
        int safeWidth = (int) (frame.width() * (1 - 2 * SAFE_MARGIN));
        Font font = BundledFonts.bold(fontPixels);
        FontMetrics metrics = metricsOf(font);
        int widest = caption.lines().stream().mapToInt(metrics::stringWidth).max().orElse(0);
        float padding = fontPixels * 0.45f;
        if (widest + 2 * padding > safeWidth) {
            // Lines come wrapped by the script stage; a long word may still overflow, so shrink rather than clip.
            fontPixels *= (safeWidth - 2 * padding) / widest;
            font = BundledFonts.bold(fontPixels);
            metrics = metricsOf(font);
            widest = caption.lines().stream().mapToInt(metrics::stringWidth).max().orElse(0);
        }
        int lineHeight = metrics.getAscent() + metrics.getDescent();
        int lineGap = Math.round(fontPixels * 0.15f);
        int boxWidth = Math.round(widest + 2 * padding);
        int boxHeight = Math.round(caption.lines().size() * lineHeight + (caption.lines().size() - 1) * lineGap + 2 * padding);
        BufferedImage image = new BufferedImage(Math.max(1, boxWidth), Math.max(1, boxHeight), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(color(style.boxColor(), style.boxOpacity()));
            float arc = fontPixels * 0.7f;
            g.fill(new RoundRectangle2D.Float(0, 0, boxWidth, boxHeight, arc, arc));
            g.setColor(color(style.textColor(), 1.0));
            g.setFont(font);
            float baseline = padding + metrics.getAscent();
            for (String line : caption.lines()) {
                g.drawString(line, (boxWidth - metrics.stringWidth(line)) / 2f, baseline);
                baseline += lineHeight + lineGap;
            }
        } finally {
            g.dispose();
        }
        int x = (frame.width() - boxWidth) / 2;
        int safeTop = (int) (frame.height() * SAFE_MARGIN);
        int safeBottom = frame.height() - safeTop;
        int y = switch (style.position()) {
            case BOTTOM -> safeBottom - boxHeight;
            case TOP -> safeTop;
            case CENTER -> (frame.height() - boxHeight) / 2;
        };
        return new CaptionCard(image, x, y, frameAt(caption.start().toNanos(), fps), frameAt(caption.end().toNanos(), fps));
    }

    /** The first frame whose start time is at or after the given time. */
    private static int frameAt(long nanos, int fps) {
        return (int) Math.ceil(nanos * (double) fps / 1e9 - 1e-6);
    }

    private static FontMetrics metricsOf(Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    private static Color color(RgbColor rgb, double opacity) {
        return new Color(rgb.red(), rgb.green(), rgb.blue(), (int) Math.round(opacity * 255));
    }
}
