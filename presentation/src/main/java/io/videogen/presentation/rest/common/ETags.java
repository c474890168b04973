package io.videogen.presentation.rest.common;

import io.videogen.domain.shared.InvalidValueException;
import jakarta.ws.rs.core.EntityTag;

/** Strong ETags made of a resource's version: {@code "7"}. */
public final class ETags {

    /** What an If-Match that names no version stands for: it matches nothing. */
    public static final long NO_VERSION = -1;

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version an If-Match names; a missing header is a 400, one that names no version can never match. */
    public static long expectedVersion(String ifMatch, String resource) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new InvalidValueException("If-Match", "If-Match is required; send the ETag from GET " + resource);
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return NO_VERSION;
        }
    }
}
