package io.videogen.domain.provider;

import java.util.Locale;

/** What an AI provider can make. A provider offers a capability when its model for it is set. */
public enum Capability {
    CHAT, SPEECH, IMAGE, VIDEO;

    /** The name in configuration, metrics and the API: {@code chat}, {@code speech}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
