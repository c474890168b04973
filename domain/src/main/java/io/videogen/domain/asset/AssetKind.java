package io.videogen.domain.asset;

import java.util.Optional;

/** The media types an upload may have, recognised from the file's first bytes. */
public enum AssetKind {
    PNG("image/png", 'i'), JPEG("image/jpeg", 'i'), WEBP("image/webp", 'i'),
    WAV("audio/wav", 'a'), MP3("audio/mpeg", 'a'),
    MP4("video/mp4", 'v'), WEBM("video/webm", 'v'), MOV("video/quicktime", 'v');

    private final String mediaType;
    /** 'i' image, 'a' audio, 'v' video. */
    private final char family;

    AssetKind(String mediaType, char family) {
        this.mediaType = mediaType;
        this.family = family;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isImage() {
        return family == 'i';
    }

    public boolean isAudio() {
        return family == 'a';
    }

    public boolean isVideo() {
        return family == 'v';
    }

    /** "image", "audio" or "video", as the API names an asset's kind. */
    public String family() {
        return isImage() ? "image" : isAudio() ? "audio" : "video";
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
        if (head.length >= 12 && startsWith(head, 4, 'f', 't', 'y', 'p')) {
            // ISO base media: QuickTime files carry the "qt  " brand, everything else is read as MP4
            return Optional.of(startsWith(head, 8, 'q', 't', ' ', ' ') ? MOV : MP4);
        }
        if (startsWith(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of(WEBM);   // EBML: WebM (or Matroska, which FFmpeg then has to prove to be WebM)
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
