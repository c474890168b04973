package io.videogen.infrastructure.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The media formats the service accepts, recognised by their first bytes (never by file name), with
 * the FFmpeg demuxer that must then read them and the codec they must turn out to contain.
 */
enum MediaType {
    PNG("PNG image", Kind.IMAGE, "png_pipe", "png"),
    JPEG("JPEG image", Kind.IMAGE, "jpeg_pipe", "mjpeg"),
    WEBP("WebP image", Kind.IMAGE, "webp_pipe", "webp"),
    WAV("WAV audio", Kind.AUDIO, "wav", "pcm_"),
    MP3("MP3 audio", Kind.AUDIO, "mp3", "mp3"),
    MP4("MP4 video", Kind.VIDEO, "mov", "h264", "hevc", "av1", "vp9", "mpeg4"),
    MOV("QuickTime video", Kind.VIDEO, "mov", "h264", "hevc", "prores", "mpeg4", "mjpeg"),
    WEBM("WebM video", Kind.VIDEO, "webm", "vp8", "vp9", "av1");

    enum Kind { IMAGE, AUDIO, VIDEO }

    private final String label;
    private final Kind kind;
    private final String demuxer;
    private final String[] codecPrefixes;

    MediaType(String label, Kind kind, String demuxer, String... codecPrefixes) {
        this.label = label;
        this.kind = kind;
        this.demuxer = demuxer;
        this.codecPrefixes = codecPrefixes;
    }

    String label() {
        return label;
    }

    Kind kind() {
        return kind;
    }

    String demuxer() {
        return demuxer;
    }

    boolean matchesCodec(String codec) {
        for (String prefix : codecPrefixes) {
            if (codec.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The type the content says it is. */
    static MediaType sniff(Path file) {
        byte[] head = new byte[12];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new InvalidMediaException(file.getFileName() + " cannot be read: " + e.getMessage());
        }
        MediaType type = recognise(head, read);
        if (type == null) {
            throw new InvalidMediaException(file.getFileName() + " is not a PNG, JPEG or WebP image, WAV or MP3 audio,"
                    + " nor MP4, WebM or QuickTime video"
                    + " (its content starts with " + hex(head, Math.min(read, 8)) + ")");
        }
        return type;
    }

    private static MediaType recognise(byte[] b, int length) {
        if (length >= 8 && (b[0] & 255) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0d
                && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
            return PNG;
        }
        if (length >= 3 && (b[0] & 255) == 0xff && (b[1] & 255) == 0xd8 && (b[2] & 255) == 0xff) {
            return JPEG;
        }
        if (length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F') {
            String form = new String(b, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            return form.equals("WEBP") ? WEBP : form.equals("WAVE") ? WAV : null;
        }
        if (length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return b[8] == 'q' && b[9] == 't' ? MOV : MP4;
        }
        if (length >= 4 && (b[0] & 255) == 0x1a && (b[1] & 255) == 0x45 && (b[2] & 255) == 0xdf
                && (b[3] & 255) == 0xa3) {
            return WEBM;
        }
        if (length >= 3 && b[0] == 'I' && b[1] == 'D' && b[2] == '3') {
            return MP3;
        }
        // An MPEG audio frame header: 11 sync bits, then layer III ("01" in bits 2-1 of the second byte).
        if (length >= 2 && (b[0] & 255) == 0xff && (b[1] & 0xe0) == 0xe0 && (b[1] & 0x06) == 0x02) {
            return MP3;
        }
        return null;
    }

    private static String hex(byte[] bytes, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(String.format("%02x ", bytes[i] & 255));
        }
        return length == 0 ? "nothing (the file is empty)" : text.toString().strip();
    }
}
