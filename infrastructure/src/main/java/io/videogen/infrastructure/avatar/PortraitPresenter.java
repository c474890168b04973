package io.videogen.infrastructure.avatar;

import io.videogen.application.port.out.RenderStepException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A portrait photo that talks: the photo is centred in the badge, and a drawn mouth opening and
 * eyelids are laid over where a centred head-and-shoulders portrait has them. Without face
 * detection this is approximate, so the overlays are soft-edged and take their colours from the
 * photo, which keeps a near miss from looking like a sticker.
 */
final class PortraitPresenter implements Presenter {

    /** Where features sit in a centred portrait, as shares of the picture's width and height. */
    private static final double EYE_Y = 0.44;
    private static final double EYE_SPREAD = 0.105;
    private static final double MOUTH_Y = 0.68;
    private static final Color INSIDE = new Color(0x4a, 0x1a, 0x1e);
    private static final Color TEETH = new Color(0xf4, 0xf1, 0xea);

    private final BufferedImage photo;
    /** Every pose starts from the same resized photo; area-averaged resizing is too slow to repeat. */
    private BufferedImage scaled;

    private PortraitPresenter(BufferedImage photo) {
        this.photo = photo;
    }

    static PortraitPresenter read(Path portrait) {
        if (portrait == null) {
            throw new RenderStepException("the portrait avatar has no local copy of its photo to animate", false);
        }
        try {
            BufferedImage photo = ImageIO.read(portrait.toFile());
            if (photo == null) {
                throw new RenderStepException("the portrait " + portrait.getFileName()
                        + " is not a picture that can be read; upload a PNG or JPEG", false);
            }
            return new PortraitPresenter(photo);
        } catch (IOException e) {
            throw new RenderStepException("cannot read the portrait " + portrait.getFileName() + ": " + e.getMessage(), false, e);
        }
    }

    @Override
    public void draw(Graphics2D graphics, int width, int height, Pose pose, boolean standing) {
        // Cover the box with the photo's centre.
        double scale = Math.max(width / (double) photo.getWidth(), height / (double) photo.getHeight());
        int drawnWidth = (int) Math.round(photo.getWidth() * scale);
        int drawnHeight = (int) Math.round(photo.getHeight() * scale);
        int left = (width - drawnWidth) / 2;
        int top = (height - drawnHeight) / 2;
        graphics.drawImage(scaled(drawnWidth, drawnHeight), left, top, null);
        Color skin = averageAround(width * 0.5 - left, height * 0.58 - top, scale, width * 0.04);
        if (pose.eyesClosed()) {
            for (int side : new int[] {-1, 1}) {
                eyelid(graphics, width * (0.5 + side * EYE_SPREAD), height * EYE_Y, width * 0.085, skin);
            }
        }
        mouth(graphics, pose.mouth(), width * 0.5, height * MOUTH_Y, width, skin);
    }

    private BufferedImage scaled(int width, int height) {
        if (scaled == null || scaled.getWidth() != width || scaled.getHeight() != height) {
            scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = scaled.createGraphics();
            graphics.drawImage(photo.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
            graphics.dispose();
        }
        return scaled;
    }

    private void eyelid(Graphics2D graphics, double x, double y, double eyeWidth, Color skin) {
        Rectangle2D.Double bounds = new Rectangle2D.Double(x - eyeWidth / 2, y - eyeWidth * 0.32, eyeWidth, eyeWidth * 0.64);
        graphics.setPaint(new RadialGradientPaint(bounds, new float[] {0f, 0.7f, 1f},
                new Color[] {skin, skin, Drawing.alpha(skin, 0)}, MultipleGradientPaint.CycleMethod.NO_CYCLE));
        graphics.fill(new Ellipse2D.Double(bounds.x, bounds.y, bounds.width, bounds.height));
        Path2D.Double lashes = new Path2D.Double();
        lashes.moveTo(x - eyeWidth * 0.36, y);
        lashes.quadTo(x, y + eyeWidth * 0.2, x + eyeWidth * 0.36, y);
        graphics.setColor(Drawing.alpha(Drawing.shade(skin, 0.35), 0.85));
        graphics.setStroke(new BasicStroke((float) Math.max(1.5, eyeWidth * 0.07), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.draw(lashes);
    }

    /** An opening's half width and height, as shares of the picture's width. */
    private record Opening(double halfWidth, double height) {

        static Opening of(Viseme viseme) {
            return switch (viseme) {
                case REST -> null; // the photo's own closed mouth
                case SLIGHT -> new Opening(0.045, 0.012);
                case OPEN -> new Opening(0.05, 0.042);
                case WIDE -> new Opening(0.065, 0.022);
                case ROUND -> new Opening(0.03, 0.035);
                case FV -> new Opening(0.045, 0.01);
            };
        }
    }

    private static void mouth(Graphics2D graphics, Viseme viseme, double x, double y, double width, Color skin) {
        Opening size = Opening.of(viseme);
        if (size == null) {
            return;
        }
        double w = size.halfWidth() * width;
        double h = size.height() * width;
        Ellipse2D.Double opening = new Ellipse2D.Double(x - w, y - h / 2, 2 * w, h);
        graphics.setColor(Drawing.alpha(Drawing.shade(skin, 0.55), 0.6));
        graphics.setStroke(new BasicStroke((float) Math.max(1.5, width * 0.008)));
        graphics.draw(opening);
        graphics.setColor(INSIDE);
        graphics.fill(opening);
        if (viseme == Viseme.OPEN || viseme == Viseme.WIDE || viseme == Viseme.FV) {
            Shape clip = graphics.getClip();
            graphics.clip(opening);
            graphics.setColor(TEETH);
            graphics.fill(new Rectangle2D.Double(x - w, y - h / 2, 2 * w, Math.max(h * 0.3, width * 0.006)));
            graphics.setClip(clip);
        }
    }

    /** The photo's average colour in a square around a point of the box (given in photo-scaled pixels). */
    private Color averageAround(double x, double y, double scale, double radius) {
        int centreX = (int) (x / scale);
        int centreY = (int) (y / scale);
        int reach = Math.max(1, (int) (radius / scale));
        long red = 0;
        long green = 0;
        long blue = 0;
        long count = 0;
        for (int py = Math.max(0, centreY - reach); py < Math.min(photo.getHeight(), centreY + reach); py++) {
            for (int px = Math.max(0, centreX - reach); px < Math.min(photo.getWidth(), centreX + reach); px++) {
                int rgb = photo.getRGB(px, py);
                red += (rgb >> 16) & 0xff;
                green += (rgb >> 8) & 0xff;
                blue += rgb & 0xff;
                count++;
            }
        }
        return count == 0 ? new Color(0xd8, 0xa9, 0x8a)
                : new Color((int) (red / count), (int) (green / count), (int) (blue / count));
    }
}
