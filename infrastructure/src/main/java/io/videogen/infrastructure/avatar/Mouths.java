package io.videogen.infrastructure.avatar;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The illustrated presenter's mouth in each {@link Viseme}, in the presenter's design units. An open
 * mouth is a lip-outlined opening with the upper teeth and the tongue inside, as cartoon mouths are.
 */
final class Mouths {

    private static final Color INSIDE = new Color(0x5a, 0x1f, 0x26);
    private static final Color TEETH = new Color(0xfb, 0xfa, 0xf4);
    private static final Color TONGUE = new Color(0xd9, 0x6a, 0x72);

    private final Color lip;
    private final Color skin;

    Mouths(Color lip, Color skin) {
        this.lip = lip;
        this.skin = skin;
    }

    void draw(Graphics2D graphics, Viseme viseme, double x, double y) {
        switch (viseme) {
            case REST -> closed(graphics, x, y);
            case SLIGHT -> opening(graphics, x, y, 44, 4, 22, true, false);
            case OPEN -> opening(graphics, x, y, 46, 10, 62, true, true);
            case WIDE -> opening(graphics, x, y, 60, 6, 34, true, true);
            case ROUND -> round(graphics, x, y);
            case FV -> biting(graphics, x, y);
        }
    }

    /** A relaxed smile: friendly without looking fixed. */
    private void closed(Graphics2D graphics, double x, double y) {
        Path2D.Double smile = new Path2D.Double();
        smile.moveTo(x - 46, y - 6);
        smile.quadTo(x, y + 22, x + 46, y - 6);
        graphics.setColor(Drawing.shade(lip, 0.8));
        graphics.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.draw(smile);
        lowerLipHint(graphics, x, y + 24, 18);
    }

    /**
     * @param halfWidth distance from the middle to each corner
     * @param rise      how far the upper lip's middle lifts above the corners
     * @param drop      how far the lower lip's middle falls below the corners
     */
    private void opening(Graphics2D graphics, double x, double y, double halfWidth, double rise, double drop,
                         boolean upperTeeth, boolean tongue) {
        Path2D.Double mouth = new Path2D.Double();
        mouth.moveTo(x - halfWidth, y);
        mouth.curveTo(x - halfWidth * 0.5, y - rise * 1.6, x + halfWidth * 0.5, y - rise * 1.6, x + halfWidth, y);
        mouth.curveTo(x + halfWidth * 0.7, y + drop * 1.3, x - halfWidth * 0.7, y + drop * 1.3, x - halfWidth, y);
        mouth.closePath();
        graphics.setColor(INSIDE);
        graphics.fill(mouth);
        Shape clip = graphics.getClip();
        graphics.clip(mouth);
        if (upperTeeth) {
            graphics.setColor(TEETH);
            graphics.fill(new Rectangle2D.Double(x - halfWidth, y - rise * 2, halfWidth * 2, rise * 2 + Math.min(12, drop * 0.35)));
        }
        if (tongue) {
            graphics.setColor(TONGUE);
            graphics.fill(new Ellipse2D.Double(x - halfWidth * 0.6, y + drop * 0.55, halfWidth * 1.2, drop));
        }
        graphics.setClip(clip);
        graphics.setColor(lip);
        graphics.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.draw(mouth);
        lowerLipHint(graphics, x, y + drop + 12, 16);
    }

    private void round(Graphics2D graphics, double x, double y) {
        Ellipse2D.Double opening = new Ellipse2D.Double(x - 20, y - 14, 40, 44);
        graphics.setColor(INSIDE);
        graphics.fill(opening);
        graphics.setColor(lip);
        graphics.setStroke(new BasicStroke(11f));
        graphics.draw(opening);
        lowerLipHint(graphics, x, y + 44, 14);
    }

    /** Upper teeth resting on the lower lip, as in "f" and "v". */
    private void biting(Graphics2D graphics, double x, double y) {
        Path2D.Double teeth = new Path2D.Double();
        teeth.moveTo(x - 40, y - 2);
        teeth.quadTo(x, y - 12, x + 40, y - 2);
        teeth.quadTo(x, y + 16, x - 40, y - 2);
        teeth.closePath();
        graphics.setColor(INSIDE);
        graphics.fill(teeth);
        graphics.setColor(TEETH);
        graphics.fill(new Rectangle2D.Double(x - 30, y - 8, 60, 12));
        Path2D.Double lowerLip = new Path2D.Double();
        lowerLip.moveTo(x - 40, y + 2);
        lowerLip.quadTo(x, y + 20, x + 40, y + 2);
        graphics.setColor(lip);
        graphics.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.draw(lowerLip);
        lowerLipHint(graphics, x, y + 28, 14);
    }

    /** The faint shadow under the lower lip that makes the mouth sit in the face rather than on it. */
    private void lowerLipHint(Graphics2D graphics, double x, double y, double halfWidth) {
        Path2D.Double hint = new Path2D.Double();
        hint.moveTo(x - halfWidth, y);
        hint.quadTo(x, y + 6, x + halfWidth, y);
        graphics.setColor(Drawing.alpha(Drawing.shade(skin, 0.7), 0.45));
        graphics.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.draw(hint);
    }
}
