package io.videogen.infrastructure.avatar;

import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.shared.RgbColor;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

/**
 * A friendly illustrated presenter, head and shoulders, in the flat-with-soft-shading style of
 * explainer videos. Drawn in a design space 1000 units wide whose head sits at a fixed height, so
 * every box size and the standing bust share one set of coordinates.
 */
final class IllustratedPresenter implements Presenter {

    private static final double DESIGN_WIDTH = 1000;
    private static final double CX = 500;

    private final Color skin;
    private final Color hair;
    private final Color outfit;
    private final Color backdrop;
    private final Color lip;
    private final Color line;
    private final Mouths mouths;

    IllustratedPresenter(AvatarLook.Procedural look) {
        this.skin = color(look.skin());
        this.hair = color(look.hair());
        this.outfit = color(look.outfit());
        this.backdrop = color(look.backdrop());
        this.lip = Drawing.mix(skin, new Color(0xa8, 0x45, 0x4a), 0.55);
        this.line = Drawing.mix(hair, Color.BLACK, 0.45);
        this.mouths = new Mouths(lip, skin);
    }

    @Override
    public void draw(Graphics2D graphics, int width, int height, Pose pose, boolean standing) {
        AffineTransform saved = graphics.getTransform();
        double scale = width / DESIGN_WIDTH;
        double designHeight = height / scale;
        if (!standing) {
            backdrop(graphics, width, height);
        }
        graphics.scale(scale, scale);
        // In a badge the face matters most: zoom in on it, as a video call frames a speaker.
        if (!standing) {
            graphics.translate(CX, 500);
            graphics.scale(1.22, 1.22);
            graphics.translate(-CX, -455);
        }
        torso(graphics, Math.max(designHeight, 1000) + 40);
        neck(graphics);
        backHair(graphics);
        ears(graphics);
        head(graphics);
        cheeks(graphics);
        nose(graphics);
        eyes(graphics, pose.eyesClosed());
        brows(graphics);
        mouths.draw(graphics, pose.mouth(), CX, 560);
        frontHair(graphics);
        graphics.setTransform(saved);
    }

    private void backdrop(Graphics2D graphics, int width, int height) {
        float radius = (float) Math.hypot(width, height) * 0.6f;
        graphics.setPaint(new RadialGradientPaint(new Point2D.Double(width * 0.5, height * 0.38), radius,
                new float[] {0f, 1f}, new Color[] {Drawing.shade(backdrop, 1.15), Drawing.shade(backdrop, 0.82)}));
        graphics.fillRect(0, 0, width, height);
    }

    private void torso(Graphics2D graphics, double bottom) {
        Path2D.Double body = new Path2D.Double();
        body.moveTo(CX - 95, 700);
        body.curveTo(CX - 200, 708, 190, 730, 140, 775);
        body.curveTo(95, 815, 78, 880, 72, 960);
        body.lineTo(66, bottom);
        body.lineTo(934, bottom);
        body.lineTo(928, 960);
        body.curveTo(922, 880, 905, 815, 860, 775);
        body.curveTo(810, 730, CX + 200, 708, CX + 95, 700);
        body.closePath();
        graphics.setPaint(new GradientPaint(0, 700, Drawing.shade(outfit, 1.12), 0, 1000, Drawing.shade(outfit, 0.85)));
        graphics.fill(body);

        // Shirt showing in the jacket's V, then the skin of the open collar.
        Color shirt = new Color(0xf4, 0xf2, 0xee);
        graphics.setColor(shirt);
        graphics.fill(polygon(CX - 100, 702, CX + 100, 702, CX, 905));
        graphics.setColor(Drawing.shade(skin, 0.86));
        graphics.fill(polygon(CX - 64, 700, CX + 64, 700, CX, 790));
        // Collar points, outlined so they read against the shirt.
        Shape leftCollar = polygon(CX - 100, 696, CX - 4, 798, CX - 72, 812);
        Shape rightCollar = polygon(CX + 100, 696, CX + 4, 798, CX + 72, 812);
        graphics.setColor(Color.WHITE);
        graphics.fill(leftCollar);
        graphics.fill(rightCollar);
        graphics.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.setColor(new Color(0, 0, 0, 40));
        graphics.draw(leftCollar);
        graphics.draw(rightCollar);
        // Lapels: a darker edge along the jacket's opening.
        graphics.setColor(Drawing.shade(outfit, 0.72));
        graphics.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.draw(line(CX - 108, 712, CX - 6, 912));
        graphics.draw(line(CX + 108, 712, CX + 6, 912));
        // Arms resting at the sides, hinted by a fold where they meet the body.
        graphics.setColor(Drawing.alpha(Drawing.shade(outfit, 0.6), 0.45));
        graphics.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int side : new int[] {-1, 1}) {
            Path2D.Double fold = new Path2D.Double();
            fold.moveTo(CX + side * 300, 860);
            fold.quadTo(CX + side * 318, 1000, CX + side * 312, bottom);
            graphics.draw(fold);
        }
    }

    private void neck(Graphics2D graphics) {
        Path2D.Double neck = new Path2D.Double();
        neck.moveTo(CX - 70, 560);
        neck.lineTo(CX - 74, 720);
        neck.quadTo(CX, 760, CX + 74, 720);
        neck.lineTo(CX + 70, 560);
        neck.closePath();
        graphics.setColor(Drawing.shade(skin, 0.9));
        graphics.fill(neck);
        // The chin's shadow on the neck gives the head depth.
        graphics.setColor(Drawing.alpha(Drawing.shade(skin, 0.7), 0.55));
        graphics.fill(new Ellipse2D.Double(CX - 80, 560, 160, 90));
    }

    private void backHair(Graphics2D graphics) {
        Path2D.Double back = new Path2D.Double();
        back.moveTo(CX - 190, 470);
        back.curveTo(CX - 235, 300, CX - 170, 120, CX, 118);
        back.curveTo(CX + 170, 120, CX + 235, 300, CX + 190, 470);
        back.curveTo(CX + 150, 500, CX - 150, 500, CX - 190, 470);
        back.closePath();
        graphics.setColor(Drawing.shade(hair, 0.85));
        graphics.fill(back);
    }

    private void ears(Graphics2D graphics) {
        for (int side : new int[] {-1, 1}) {
            Ellipse2D.Double ear = new Ellipse2D.Double(CX + side * 168 - 32, 372, 64, 100);
            graphics.setColor(Drawing.shade(skin, 0.95));
            graphics.fill(ear);
            graphics.setColor(Drawing.alpha(Drawing.shade(skin, 0.72), 0.7));
            graphics.fill(new Ellipse2D.Double(CX + side * 172 - 14, 392, 28, 58));
        }
    }

    private void head(Graphics2D graphics) {
        Path2D.Double face = new Path2D.Double();
        face.moveTo(CX, 168);
        face.curveTo(CX + 110, 168, CX + 180, 230, CX + 178, 380);
        face.curveTo(CX + 176, 500, CX + 110, 620, CX, 628);
        face.curveTo(CX - 110, 620, CX - 176, 500, CX - 178, 380);
        face.curveTo(CX - 180, 230, CX - 110, 168, CX, 168);
        face.closePath();
        graphics.setPaint(new RadialGradientPaint(new Point2D.Double(CX - 35, 360), 300,
                new float[] {0f, 0.65f, 1f},
                new Color[] {Drawing.shade(skin, 1.08), skin, Drawing.shade(skin, 0.84)}));
        graphics.fill(face);
    }

    private void cheeks(Graphics2D graphics) {
        Color blush = new Color(0xe8, 0x6a, 0x6a);
        for (int side : new int[] {-1, 1}) {
            Point2D.Double centre = new Point2D.Double(CX + side * 105, 500);
            graphics.setPaint(new RadialGradientPaint(centre, 48, new float[] {0f, 1f},
                    new Color[] {Drawing.alpha(blush, 0.28), Drawing.alpha(blush, 0)}));
            graphics.fill(new Ellipse2D.Double(centre.x - 48, centre.y - 48, 96, 96));
        }
    }

    private void nose(Graphics2D graphics) {
        // Only the tip: a small curve under it and a soft shadow reads as a nose at any size.
        graphics.setPaint(new RadialGradientPaint(new Point2D.Double(CX + 6, 478), 30, new float[] {0f, 1f},
                new Color[] {Drawing.alpha(Drawing.shade(skin, 0.75), 0.45), Drawing.alpha(skin, 0)}));
        graphics.fill(new Ellipse2D.Double(CX - 24, 448, 60, 60));
        Path2D.Double nose = new Path2D.Double();
        nose.moveTo(CX - 18, 494);
        nose.quadTo(CX, 506, CX + 18, 494);
        graphics.setColor(Drawing.alpha(Drawing.shade(skin, 0.62), 0.75));
        graphics.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.draw(nose);
    }

    private void eyes(Graphics2D graphics, boolean closed) {
        for (int side : new int[] {-1, 1}) {
            double x = CX + side * 78;
            double y = 410;
            if (closed) {
                // A gentle downward curve: relaxed closed eyes, not a squint.
                Path2D.Double lid = new Path2D.Double();
                lid.moveTo(x - 30, y - 2);
                lid.quadTo(x, y + 16, x + 30, y - 2);
                graphics.setColor(line);
                graphics.setStroke(new BasicStroke(6.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                graphics.draw(lid);
                continue;
            }
            Ellipse2D.Double white = new Ellipse2D.Double(x - 32, y - 22, 64, 44);
            graphics.setColor(new Color(0xfb, 0xfa, 0xf7));
            graphics.fill(white);
            Shape clip = graphics.getClip();
            graphics.clip(white);
            graphics.setPaint(new RadialGradientPaint(new Point2D.Double(x, y + 2), 19, new float[] {0f, 1f},
                    new Color[] {new Color(0x7a, 0x52, 0x3a), new Color(0x3e, 0x27, 0x1c)}));
            graphics.fill(new Ellipse2D.Double(x - 19, y - 17, 38, 38));
            graphics.setColor(new Color(0x16, 0x10, 0x0e));
            graphics.fill(new Ellipse2D.Double(x - 9, y - 7, 18, 18));
            graphics.setClip(clip);
            graphics.setColor(Color.WHITE);
            graphics.fill(new Ellipse2D.Double(x + 3, y - 10, 9, 9));
            // Upper lid line, thicker at the outer corner like lashes.
            Path2D.Double upper = new Path2D.Double();
            upper.moveTo(x - 34, y + 2);
            upper.curveTo(x - 22, y - 30, x + 22, y - 30, x + 36, y - 4);
            graphics.setColor(line);
            graphics.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            graphics.draw(side > 0 ? upper : mirrored(upper, x));
        }
    }

    private void brows(Graphics2D graphics) {
        graphics.setColor(Drawing.shade(hair, 0.9));
        graphics.setStroke(new BasicStroke(15f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int side : new int[] {-1, 1}) {
            Path2D.Double brow = new Path2D.Double();
            brow.moveTo(CX + side * 40, 352);
            brow.quadTo(CX + side * 80, 330, CX + side * 120, 350);
            graphics.draw(brow);
        }
    }

    private void frontHair(Graphics2D graphics) {
        Path2D.Double fringe = new Path2D.Double();
        fringe.moveTo(CX - 184, 400);
        fringe.curveTo(CX - 200, 250, CX - 130, 132, CX + 10, 128);
        fringe.curveTo(CX + 150, 126, CX + 205, 230, CX + 184, 400);
        fringe.curveTo(CX + 170, 330, CX + 160, 280, CX + 130, 250);
        // The side part: the fringe sweeps across the forehead from the right.
        fringe.curveTo(CX + 60, 275, CX - 40, 270, CX - 120, 240);
        fringe.curveTo(CX - 150, 280, CX - 168, 330, CX - 184, 400);
        fringe.closePath();
        graphics.setPaint(new GradientPaint((float) CX, 120, Drawing.shade(hair, 1.18), (float) CX, 400, hair));
        graphics.fill(fringe);
        // A soft sheen along the sweep.
        Path2D.Double sheen = new Path2D.Double();
        sheen.moveTo(CX - 110, 200);
        sheen.quadTo(CX - 10, 160, CX + 110, 185);
        graphics.setColor(Drawing.alpha(Drawing.shade(hair, 1.6), 0.35));
        graphics.setStroke(new BasicStroke(12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.draw(sheen);
    }

    private static Shape mirrored(Shape shape, double axis) {
        AffineTransform mirror = new AffineTransform(-1, 0, 0, 1, 2 * axis, 0);
        return mirror.createTransformedShape(shape);
    }

    private static Shape polygon(double... points) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        path.closePath();
        return path;
    }

    private static Shape line(double x1, double y1, double x2, double y2) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x1, y1);
        path.lineTo(x2, y2);
        return path;
    }

    private static Color color(RgbColor rgb) {
        return new Color(rgb.rgb());
    }
}
