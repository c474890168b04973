package io.videogen.bootstrap.console;

import java.util.Locale;

/** How console log lines look: {@code VIDEOGEN_LOG_FORMAT}. */
enum LogFormat {
    /** Text on a terminal, JSON when the output goes to a pipe or file (a container, a log shipper). */
    AUTO,
    JSON,
    TEXT;

    static LogFormat parse(String value) {
        if (value == null) {
            return AUTO;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("VIDEOGEN_LOG_FORMAT (videogen.log.format) is '" + value
                    + "'; use json, text or auto");
        }
    }

    boolean json(boolean terminal) {
        return this == JSON || this == AUTO && !terminal;
    }
}
