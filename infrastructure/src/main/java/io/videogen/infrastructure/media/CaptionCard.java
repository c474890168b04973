package io.videogen.infrastructure.media;

import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.shared.RgbColor;
import io.videogen.infrastructure.fonts.BundledFonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One caption picture drawn once, and where it stands on the frame: a translucent rounded box with its
 * lines ({@code classic}, {@code karaoke}), or large outlined words without a box ({@code words});
 * the caption's highlighted word in the style's highlight colour. Placed inside {@link CaptionSafeArea}.
 */
record CaptionCard(BufferedImage image, int x, int y) {

    /** The {@code words} look is this much larger than the style's font size. */
    private static final float WORDS_SCALE = 2.0f;

    static CaptionCard draw(TimedCaption caption, CaptionStyle style, Resolution frame) {
        boolean words = style.look() == CaptionStyle.Look.WORDS;
        // Words scale with the short side, so a portrait frame's few large words fit its width.
        float scale = words ? WORDS_SCALE * Math.min(frame.width(), frame.height()) / 720f : frame.height() / 720f;
        float fontPixels = style.fontSize() * scale;
        CaptionSafeArea safe = CaptionSafeArea.of(frame);
        Font font = BundledFonts.bold(fontPixels);
        FontMetrics metrics = metricsOf(font);
        int widest = caption.lines().stream().mapToInt(metrics::stringWidth).max().orElse(0);
        float padding = fontPixels * (words ? 0.2f : 0.45f);
        if (widest + 2 * padding > safe.width()) {
            // Lines come wrapped by the script stage; a long word may still overflow, so shrink rather than clip.
            fontPixels *= (safe.width() - 2 * padding) / widest;
            padding = fontPixels * (words ? 0.2f : 0.45f);
            font = BundledFonts.bold(fontPixels);
            metrics = metricsOf(font);
            widest = caption.lines().stream().mapToInt(metrics::stringWidth).max().orElse(0);
        }
        int lineHeight = metrics.getAscent() + metrics.getDescent();
        int lineGap = Math.round(fontPixels * 0.15f);
        int boxWidth = Math.round(widest + 2 * padding);
        int boxHeight = Math.round(caption.lines().size() * lineHeight + (caption.lines().size() - 1) * lineGap
                + 2 * padding);
        BufferedImage image = new BufferedImage(Math.max(1, boxWidth), Math.max(1, boxHeight),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            if (!words) {
                g.setColor(color(style.boxColor(), style.boxOpacity()));
                float arc = fontPixels * 0.7f;
                g.fill(new RoundRectangle2D.Float(0, 0, boxWidth, boxHeight, arc, arc));
            }
            g.setFont(font);
            float baseline = padding + metrics.getAscent();
            int word = 0;
            for (String line : caption.lines()) {
                float left = (boxWidth - metrics.stringWidth(line)) / 2f;
                word = drawLine(g, line, left, baseline, word, caption.highlight(), style, words ? fontPixels : 0);
                baseline += lineHeight + lineGap;
            }
        } finally {
            g.dispose();
        }
        int x = (frame.width() - boxWidth) / 2;
        int y = safe.topOf(boxHeight, style, frame);
        return new CaptionCard(image, x, y);
    }

    /**
     * Draws a line word by word, each where it sits in the whole line, the highlighted one in the
     * highlight colour; with an outline as wide as a share of {@code outlinePixels} when that is not 0.
     *
     * @return the index of the first word of the next line
     */
    private static int drawLine(Graphics2D g, String line, float left, float baseline, int firstWord, int highlight,
                                CaptionStyle style, float outlinePixels) {
        List<String> words = List.of(line.split(" "));
        int index = firstWord;
        int from = 0;
        for (String word : words) {
            if (word.isEmpty()) {
                from++;
                continue;
            }
            float x = left + (float) g.getFont().getStringBounds(line.substring(0, from), g.getFontRenderContext())
                    .getWidth();
            Color fill = color(index == highlight ? style.highlightColor() : style.textColor(), 1.0);
            if (outlinePixels > 0) {
                Shape glyphs = new TextLayout(word, g.getFont(), g.getFontRenderContext())
                        .getOutline(AffineTransform.getTranslateInstance(x, baseline));
                g.setColor(color(style.boxColor(), Math.max(0.85, style.boxOpacity())));
                g.setStroke(new BasicStroke(outlinePixels * 0.14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(glyphs);
                g.setColor(fill);
                g.fill(glyphs);
            } else {
                g.setColor(fill);
                g.drawString(word, x, baseline);
            }
            from += word.length() + 1;
            index++;
        }
        return index;
    }

    /** The first frame whose start time is at or after the given time: where a caption starts or ends showing. */
    static int frameAt(long nanos, int fps) {
        return SegmentPlan.frameAt(java.time.Duration.ofNanos(nanos), fps);
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
