package io.videogen.domain.media;

import io.videogen.domain.shared.InvalidValueException;
import java.util.Locale;

/** How much encoding effort a render gets: drafts fast, high as good as a careful FFmpeg user. */
public enum Quality {
    DRAFT, STANDARD, HIGH;

    public static Quality parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidValueException("output.quality",
                    "quality '" + text + "' is not supported; use draft, standard or high");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
