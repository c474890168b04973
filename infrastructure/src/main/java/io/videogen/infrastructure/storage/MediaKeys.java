package io.videogen.infrastructure.storage;

import java.util.regex.Pattern;

/**
 * The keys a media store accepts: slash-separated names of letters, digits, dots, dashes and
 * underscores, optionally ending in a slash (a prefix). Keys are ours, but are still checked: nothing
 * may name a file outside the store, in a directory or in a bucket.
 */
final class MediaKeys {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*/?");

    private MediaKeys() {
    }

    /** @return the key, if it is one */
    static String checked(String key) {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("'" + key + "' is not a media key");
        }
        return key;
    }

    /**
     * Whether {@code deleteAll(prefix)} takes the key: the prefix names a file or a folder, as on disk,
     * so {@code videos/a} takes {@code videos/a} and {@code videos/a/x} but not {@code videos/ab}.
     */
    static boolean under(String prefix, String key) {
        String folder = prefix.endsWith("/") ? prefix : prefix + "/";
        return key.equals(prefix) || key.startsWith(folder);
    }
}
