package io.videogen.infrastructure.media;

import io.videogen.application.port.out.RenderStepException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.DataFormatException;
import javax.imageio.ImageIO;

/**
 * Scene pictures, decoded and scaled to cover the frame. A still serves several segments at once: its
 * scene's parts (a lead, the first part and the second half, ADR 0045) and the next scene's cross-fade,
 * often on different threads at the same moment. Each still is therefore decoded once while it is
 * wanted, by the first thread that asks; the others wait for that picture (ADR 0049). The last few are
 * kept; they are only ever read, never drawn on. A file is known by its path, size and modification time,
 * so a still written again is read again.
 */
final class StillPicture {

    /** A few full frames: enough for two scenes' parts and the stills they fade from. */
    private static final int KEPT = 4;
    private static final StillPicture SHARED = new StillPicture(KEPT, StillPicture::read);

    private final Function<Path, BufferedImage> reader;
    /** Pictures made or being made, by file and size covered, the least recently asked for first. */
    private final Map<String, FutureTask<BufferedImage>> prepared;

    /** @param reader decodes a file (on the thread that asks first) */
    StillPicture(int kept, Function<Path, BufferedImage> reader) {
        this.reader = reader;
        this.prepared = new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, FutureTask<BufferedImage>> eldest) {
                return size() > kept;
            }
        };
    }

    /** The still at {@code file} covering width x height, as TYPE_3BYTE_BGR; shared, so never draw on it. */
    static BufferedImage prepared(Path file, int width, int height) {
        return SHARED.picture(file, width, height);
    }

    /**
     * The still at {@code file} covering width x height, to be taken when painted: decoded now, on this thread,
     * unless another thread is decoding it already; then the picture is waited for only when it is taken
     * (a scene's first part opens its encoder meanwhile, ADR 0049). A missing file is refused now.
     */
    static Supplier<BufferedImage> asked(Path file, int width, int height) {
        return SHARED.ask(file, width, height);
    }

    /** As {@link #prepared}, from this instance's pictures. */
    BufferedImage picture(Path file, int width, int height) {
        return ask(file, width, height).get();
    }

    /** As {@link #asked}, from this instance's pictures. */
    Supplier<BufferedImage> ask(Path file, int width, int height) {
        String key;
        try {
            key = file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis()
                    + "|" + width + "x" + height;
        } catch (IOException e) {
            throw new RenderStepException("cannot read the scene picture " + file + ": " + e.getMessage(), false, e);
        }
        FutureTask<BufferedImage> made;
        boolean mine = false;
        synchronized (prepared) {
            made = prepared.get(key);
            if (made == null) {
                made = new FutureTask<>(() -> cover(reader.apply(file), width, height));
                prepared.put(key, made);
                mine = true;
            }
        }
        if (mine) {
            made.run();
        }
        FutureTask<BufferedImage> picture = made;
        return () -> taken(picture, key, file);
    }

    private BufferedImage taken(FutureTask<BufferedImage> made, String key, Path file) {
        try {
            return made.get();
        } catch (ExecutionException e) {
            synchronized (prepared) {
                prepared.remove(key, made);   // the next to ask tries again
            }
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new RenderStepException("cannot read the scene picture " + file + ": " + e.getCause(), false,
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderStepException("interrupted while reading the scene picture " + file, true, e);
        }
    }

    /** The picture in the file: a still's PNG read by {@link StillPng}, any other image by ImageIO. */
    static BufferedImage read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            BufferedImage image = StillPng.read(bytes);
            if (image == null) {
                image = ImageIO.read(new ByteArrayInputStream(bytes));
            }
            if (image == null) {
                throw new RenderStepException("the scene picture " + file.getFileName() + " is not a readable image", false);
            }
            return image;
        } catch (DataFormatException e) {
            throw new RenderStepException("the scene picture " + file.getFileName() + " is not a readable image: "
                    + e.getMessage(), false, e);
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
