package io.videogen.infrastructure.media;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled caption font. The bundled FFmpeg has no fontconfig and servers often have no fonts,
 * so captions never depend on what the machine has installed.
 */
final class CaptionFont {

    private static final String RESOURCE = "/io/videogen/infrastructure/fonts/DejaVuSans-Bold.ttf";
    private static volatile Font base;

    private CaptionFont() {
    }

    static Font ofSize(float pixels) {
        Font font = base;
        if (font == null) {
            synchronized (CaptionFont.class) {
                if (base == null) {
                    base = load();
                }
                font = base;
            }
        }
        return font.deriveFont(pixels);
    }

    private static Font load() {
        try (InputStream in = CaptionFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the caption font " + RESOURCE + " is missing from the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the caption font " + RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the caption font " + RESOURCE + " is not a TrueType font", e);
        }
    }
}
