package io.videogen.infrastructure.avatar;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * The frame of a corner presenter: its shape with a soft drop shadow and a thin light ring, the
 * look of a video call tile or a picture-in-picture, so the presenter reads as part of the design.
 */
final class Badge {

    private static final int SHADOW_STEPS = 10;

    private Badge() {
    }

    static void draw(Graphics2D graphics, Spot spot, Presenter presenter, Pose pose) {
        int inset = spot.inset();
        double width = spot.width() - 2.0 * inset;
        double height = spot.height() - 2.0 * inset;
        boolean circle = spot.framing() == Spot.Framing.CIRCLE;
        shadow(graphics, inset, width, height, circle);
        graphics.drawImage(masked(presenter, pose, (int) width, (int) height, circle), inset, inset, null);
        float ring = (float) Math.max(2, Math.min(width, height) * 0.018);
        graphics.setStroke(new BasicStroke(ring));
        graphics.setColor(new Color(255, 255, 255, 235));
        graphics.draw(shape(inset + ring / 2.0, inset + ring / 2.0, width - ring, height - ring, circle));
    }

    /** Anti-aliased edges: Java2D's clip is hard-edged, so the picture is composited into a soft mask instead. */
    private static BufferedImage masked(Presenter presenter, Pose pose, int width, int height, boolean circle) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = Drawing.graphics(picture);
        graphics.setColor(Color.WHITE);
        graphics.fill(shape(0, 0, width, height, circle));
        BufferedImage content = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D contentGraphics = Drawing.graphics(content);
        presenter.draw(contentGraphics, width, height, pose, false);
        contentGraphics.dispose();
        graphics.setComposite(AlphaComposite.SrcIn);
        graphics.drawImage(content, 0, 0, null);
        graphics.dispose();
        return picture;
    }

    /** Blur-free softness: faint copies of the shape, each a little larger, dropped slightly downwards. */
    private static void shadow(Graphics2D graphics, int inset, double width, double height, boolean circle) {
        double drop = inset * 0.35;
        for (int step = SHADOW_STEPS; step >= 1; step--) {
            double grow = inset * 0.8 * step / SHADOW_STEPS;
            graphics.setColor(new Color(0, 0, 0, 9));
            graphics.fill(shape(inset - grow, inset - grow + drop, width + 2 * grow, height + 2 * grow, circle));
        }
    }

    static Shape shape(double x, double y, double width, double height, boolean circle) {
        if (circle) {
            return new Ellipse2D.Double(x, y, width, height);
        }
        double arc = Math.min(width, height) * 0.16;
        return new RoundRectangle2D.Double(x, y, width, height, arc, arc);
    }
}
