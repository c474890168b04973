package io.videogen.infrastructure.visuals;

import io.videogen.domain.shared.RgbColor;
import io.videogen.infrastructure.fonts.BundledFonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.util.List;

/**
 * A scene title centred on the still, in the bundled bold font, with a soft shadow and a faint
 * outline so white text reads on a white sky as well as on a dark gradient.
 */
final class TitleCard {

    /** 64 px at 720p, the size broadcasters use for a title over a picture. */
    private static final double SIZE_OF_SHORT_SIDE = 64.0 / 720;
    private static final double LINE_SPACING = 1.18;
    private static final int SHADOW_STEPS = 6;

    private final String text;
    private final Color color;

    TitleCard(String text, RgbColor color) {
        this.text = text.strip().replaceAll("\\s+", " ");
        this.color = new Color(color.rgb());
    }

    void draw(Graphics2D graphics, Canvas canvas) {
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        int shortSide = Math.min(canvas.frame().width(), canvas.frame().height());
        float size = (float) (shortSide * SIZE_OF_SHORT_SIDE);
        TitleLines lines = TitleLines.fit(text, BundledFonts.bold(size), safeWidth(canvas), graphics.getFontRenderContext());
        paint(graphics, lines, canvas);
    }

    /**
     * Broadcast title-safe is the central 90% of a landscape frame; portrait and square frames are
     * narrow already, so their text keeps wider margins from the edges phones crop or cover.
     */
    private static double safeWidth(Canvas canvas) {
        double share = canvas.frame().width() > canvas.frame().height() ? 0.90 : 0.84;
        return canvas.frame().width() * share;
    }

    private void paint(Graphics2D graphics, TitleLines lines, Canvas canvas) {
        FontRenderContext context = graphics.getFontRenderContext();
        Font font = lines.font();
        float size = font.getSize2D();
        double lineHeight = size * LINE_SPACING;
        double blockHeight = lineHeight * (lines.lines().size() - 1) + capHeight(font, context);
        double top = (canvas.height() - blockHeight) / 2 + capHeight(font, context);
        List<String> texts = lines.lines();
        for (int i = 0; i < texts.size(); i++) {
            TextLayout layout = new TextLayout(texts.get(i), font, context);
            double x = (canvas.width() - layout.getAdvance()) / 2;
            double baseline = top + i * lineHeight;
            Shape glyphs = layout.getOutline(AffineTransform.getTranslateInstance(x, baseline));
            paintShadow(graphics, glyphs, size);
            graphics.setColor(new Color(0, 0, 0, 90));
            graphics.setStroke(new BasicStroke(size * 0.05f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            graphics.draw(glyphs);
            graphics.setColor(color);
            graphics.fill(glyphs);
        }
    }

    /** A blur-free soft shadow: ever narrower strokes, each faint, pile up into a smooth falloff. */
    private static void paintShadow(Graphics2D graphics, Shape glyphs, float size) {
        Shape dropped = AffineTransform.getTranslateInstance(0, size * 0.05).createTransformedShape(glyphs);
        for (int step = SHADOW_STEPS; step >= 1; step--) {
            graphics.setColor(new Color(0, 0, 0, 22));
            graphics.setStroke(new BasicStroke(size * 0.045f * step, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            graphics.draw(dropped);
        }
        graphics.setColor(new Color(0, 0, 0, 60));
        graphics.fill(dropped);
    }

    private static double capHeight(Font font, FontRenderContext context) {
        return new TextLayout("H", font, context).getBounds().getHeight();
    }
}
