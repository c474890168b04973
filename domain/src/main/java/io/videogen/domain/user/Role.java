package io.videogen.domain.user;

import io.videogen.domain.shared.InvalidValueException;
import java.util.Locale;

/** What a user may do: admins everything, creators make videos, viewers only read. */
public enum Role {
    ADMIN, CREATOR, VIEWER;

    public static Role parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidValueException("roles", "role '" + text + "' does not exist; use admin, creator or viewer");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
