package io.videogen.infrastructure.visuals;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.domain.media.Visual;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** The user's own picture, fitted to the frame. */
final class SourcePicture {

    /** How much of the blurred backdrop behind a contained picture is darkened, so the picture stands out. */
    private static final float BACKDROP_SHADE = 0.45f;

    private SourcePicture() {
    }

    static BufferedImage read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new RenderStepException("the image " + file.getFileName()
                        + " is not in a format that can be painted; upload a PNG, JPEG, GIF or BMP", false);
            }
            return image;
        } catch (IOException e) {
            throw new RenderStepException("cannot read the image " + file.getFileName() + ": " + e.getMessage(), false, e);
        }
    }

    static void paint(Graphics2D graphics, BufferedImage picture, Visual.Fit fit, int width, int height) {
        double cover = Math.max(width / (double) picture.getWidth(), height / (double) picture.getHeight());
        if (fit == Visual.Fit.COVER) {
            drawCentred(graphics, picture, cover, width, height);
            return;
        }
        // Letterbox bars would look like an error; the picture's own blurred colours frame it instead.
        graphics.drawImage(Pictures.blurred(picture, width, height), 0, 0, null);
        graphics.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, BACKDROP_SHADE));
        graphics.setColor(Color.BLACK);
        graphics.fillRect(0, 0, width, height);
        graphics.setComposite(AlphaComposite.SrcOver);
        double contain = Math.min(width / (double) picture.getWidth(), height / (double) picture.getHeight());
        drawCentred(graphics, picture, contain, width, height);
    }

    private static void drawCentred(Graphics2D graphics, BufferedImage picture, double scale, int width, int height) {
        int scaledWidth = Math.max(1, (int) Math.round(picture.getWidth() * scale));
        int scaledHeight = Math.max(1, (int) Math.round(picture.getHeight() * scale));
        BufferedImage scaled = Pictures.scaled(picture, scaledWidth, scaledHeight);
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        graphics.drawImage(scaled, (width - scaledWidth) / 2, (height - scaledHeight) / 2, null);
    }
}
