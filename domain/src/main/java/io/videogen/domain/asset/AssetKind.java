package io.videogen.domain.asset;

import java.util.Optional;

/** The media types an upload may have, recognised from the file's first bytes. */
public enum AssetKind {
    PNG("image/png", true), JPEG("image/jpeg", true), WEBP("image/webp", true),
    WAV("audio/wav", false), MP3("audio/mpeg", false);

    private final String mediaType;
    private final boolean image;

    AssetKind(String mediaType, boolean image) {
        this.mediaType = mediaType;
        this.image = image;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isImage() {
        return image;
    }

    public boolean isAudio() {
        return !image;
    }

    /** Reads the magic numbers at the start of a file; names and declared types are not trusted. */
    public static Optional<AssetKind> sniff(byte[] head) {
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'A', 'V', 'E')) {
            return Optional.of(WAV);
        }
        if (startsWith(head, 0, 'I', 'D', '3')
                || (head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0)) {
            return Optional.of(MP3);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
