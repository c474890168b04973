package io.videogen.domain.shared;

import java.util.UUID;

/** Reads the UUIDs that every typed id wraps, with an error that names the kind of id. */
public final class Uuids {

    private Uuids() {
    }

    public static UUID parse(String text, String kind) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            String article = kind.startsWith("a") ? "an " : "a ";
            throw new InvalidValueException(kind + "Id", "'" + text + "' is not " + article + kind + " id; ids are UUIDs");
        }
    }
}
