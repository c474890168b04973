package io.videogen.infrastructure.fonts;

import io.videogen.infrastructure.files.KeptFiles;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The DejaVu fonts shipped inside the jar. Text is always drawn with these, never with system
 * fonts: containers have none installed (and the bundled FFmpeg has no fontconfig), so relying on
 * them would make pictures differ from machine to machine.
 */
public final class BundledFonts {

    private static final String FOLDER = "/io/videogen/infrastructure/fonts/";

    private BundledFonts() {
    }

    public static Font regular(float size) {
        return Faces.REGULAR.deriveFont(size);
    }

    public static Font bold(float size) {
        return Faces.BOLD.deriveFont(size);
    }

    /**
     * Loaded on first use and kept: parsing a TrueType file takes tens of milliseconds. Read from a file
     * of {@link KeptFiles}, so that AWT makes no temporary copy a killed process would leave behind.
     */
    private static final class Faces {
        static final Font REGULAR = load("DejaVuSans.ttf");
        static final Font BOLD = load("DejaVuSans-Bold.ttf");

        private static Font load(String file) {
            try (InputStream in = BundledFonts.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + FOLDER + file + " is missing from the classpath");
                }
                byte[] font = in.readAllBytes();
                Optional<Path> kept = KeptFiles.kept(KeptFiles.directory(), file, font, false);
                return kept.isPresent() ? Font.createFont(Font.TRUETYPE_FONT, kept.get().toFile())
                        : Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + file, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("font " + file + " is not a TrueType font", e);
            }
        }
    }
}
