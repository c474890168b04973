package io.videogen.domain.video;

import java.util.Locale;

/** The steps of a render, in the order they run. */
public enum Stage {
    SCRIPT, VOICE, AVATAR, VISUALS, COMPOSITION, RENDER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isLast() {
        return ordinal() == values().length - 1;
    }
}
