package io.videogen.infrastructure.visuals;

import io.videogen.application.port.out.RenderStepException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/** Writes PNGs whole or not at all: a re-run skips stills whose file exists, so none may be truncated. */
final class PngFiles {

    private PngFiles() {
    }

    static Path write(BufferedImage image, Path pngFile) {
        try {
            Path folder = pngFile.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, pngFile.getFileName().toString(), ".part");
            try {
                if (!ImageIO.write(image, "png", partial.toFile())) {
                    throw new IllegalStateException("this JDK has no PNG writer");
                }
                Files.move(partial, pngFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return pngFile;
        } catch (IOException e) {
            throw new RenderStepException("cannot write the still " + pngFile + ": " + e.getMessage(), true, e);
        }
    }
}
