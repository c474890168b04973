package io.videogen.infrastructure.media;

import io.videogen.application.port.out.RenderStepException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Scene pictures, decoded and scaled to cover the frame. A still serves two segments (its own scene,
 * and the next one's cross-fade), which may be encoded at the same time on different threads, so the
 * last few prepared pictures are kept; they are only ever read, never drawn on.
 */
final class StillPicture {

    /** A few full frames: enough for the two encoders' current and previous stills. */
    private static final int KEPT = 4;
    private static final Map<String, BufferedImage> PREPARED = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BufferedImage> eldest) {
            return size() > KEPT;
        }
    };

    private StillPicture() {
    }

    /** The still at {@code file} covering width x height, as TYPE_3BYTE_BGR; shared, so never draw on it. */
    static BufferedImage prepared(Path file, int width, int height) {
        String key;
        try {
            key = file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis()
                    + "|" + width + "x" + height;
        } catch (IOException e) {
            throw new RenderStepException("cannot read the scene picture " + file + ": " + e.getMessage(), false, e);
        }
        synchronized (PREPARED) {
            BufferedImage known = PREPARED.get(key);
            if (known != null) {
                return known;
            }
        }
        BufferedImage made = cover(read(file), width, height);
        synchronized (PREPARED) {
            PREPARED.put(key, made);
        }
        return made;
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
        if (image.getWidth() == width && image.getHeight() == height
                && image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;   // already the frame: scaling by 1 would only blur it
        }
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
