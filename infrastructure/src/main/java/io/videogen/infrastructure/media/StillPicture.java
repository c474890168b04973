package io.videogen.infrastructure.media;

import io.videogen.application.port.out.RenderStepException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Scene pictures, decoded once per segment and scaled to cover the frame. */
final class StillPicture {

    private StillPicture() {
    }

    static BufferedImage read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new RenderStepException("the scene picture " + file.getFileName() + " is not a readable image", false);
            }
            return image;
        } catch (IOException e) {
            throw new RenderStepException("cannot read the scene picture " + file + ": " + e.getMessage(), false, e);
        }
    }

    /** Scales to fill width x height completely (cropping the overflow equally), as TYPE_3BYTE_BGR. */
    static BufferedImage cover(BufferedImage image, int width, int height) {
        double scale = Math.max((double) width / image.getWidth(), (double) height / image.getHeight());
        double drawnWidth = image.getWidth() * scale;
        double drawnHeight = image.getHeight() * scale;
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = result.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, (int) Math.round((width - drawnWidth) / 2), (int) Math.round((height - drawnHeight) / 2),
                    (int) Math.round(drawnWidth), (int) Math.round(drawnHeight), null);
        } finally {
            g.dispose();
        }
        return result;
    }
}
