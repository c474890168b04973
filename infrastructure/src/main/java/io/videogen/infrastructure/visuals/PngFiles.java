package io.videogen.infrastructure.visuals;

import io.videogen.application.port.out.RenderStepException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Writes PNGs whole or not at all: a re-run skips stills whose file exists, so none may be truncated. */
final class PngFiles {

    /** ImageIO's PNG writer maps quality q to deflate level 9 * (1 - q). */
    private static final float LIGHT_COMPRESSION = 0.75f;

    private PngFiles() {
    }

    static Path write(BufferedImage image, Path pngFile) {
        try {
            Path folder = pngFile.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, pngFile.getFileName().toString(), ".part");
            try {
                writeLightly(image, partial);
                Files.move(partial, pngFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return pngFile;
        } catch (IOException e) {
            throw new RenderStepException("cannot write the still " + pngFile + ": " + e.getMessage(), true, e);
        }
    }

    /**
     * Light compression: a still is written once and read back a moment later by the composer, so
     * writing fast matters more than a small file (a 720p still: ~60 ms instead of ~150 ms at the
     * default level, and about 20 % larger). PNG is lossless either way.
     */
    private static void writeLightly(BufferedImage image, Path file) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this JDK has no PNG writer");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(LIGHT_COMPRESSION);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
