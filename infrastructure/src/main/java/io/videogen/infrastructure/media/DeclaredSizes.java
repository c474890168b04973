package io.videogen.infrastructure.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds an upload to what its own header says about its size, for every accepted type, before any
 * decoder sees it: a PNG's chunks lie inside the file and it ends with IEND, a JPEG ends with its
 * end-of-image marker, a WAV's or WebP's RIFF size and a WAV's data chunk fit in the file and are
 * not the "size unknown" value of streaming writers, an MP3's ID3 tag and Xing byte count fit too.
 * A file that claims more than it holds is cut off, or built to make a reader trust a length.
 */
final class DeclaredSizes {

    /** 0xFFFFFFFF: what a writer that could not seek back puts in a RIFF size ("unknown"). */
    private static final long UNKNOWN_SIZE = 0xFFFFFFFFL;

    private DeclaredSizes() {
    }

    /** @throws InvalidMediaException when a size the file declares does not match the file */
    static void check(Path file, MediaType type) {
        ByteBuffer bytes;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() < 12) {
                throw new InvalidMediaException(file.getFileName() + " is too short to be a " + type.label());
            }
            bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        } catch (IOException e) {
            throw new InvalidMediaException(file.getFileName() + " cannot be read: " + e.getMessage());
        }
        String problem = switch (type) {
            case PNG -> png(bytes);
            case JPEG -> (bytes.get(bytes.limit() - 2) & 255) == 0xff && (bytes.get(bytes.limit() - 1) & 255) == 0xd9
                    ? null : "its end is missing";
            case WEBP -> riff(bytes, false);
            case WAV -> riff(bytes, true);
            case MP3 -> mp3(bytes);
            case MP4, MOV -> isoBoxes(bytes);
            case WEBM -> null;   // EBML sizes may be "unknown" (live writers); the demuxer bounds each element
        };
        if (problem != null) {
            throw new InvalidMediaException(file.getFileName() + " is a truncated " + type.label() + " (" + problem
                    + "); upload the complete file");
        }
    }

    private static String png(ByteBuffer bytes) {
        bytes.order(ByteOrder.BIG_ENDIAN);
        long at = 8;
        while (at + 12 <= bytes.limit()) {
            long length = Integer.toUnsignedLong(bytes.getInt((int) at));
            String chunk = ascii(bytes, (int) at + 4);
            if (at + 12 + length > bytes.limit()) {
                return "its " + chunk + " chunk declares " + length + " bytes but the file ends before";
            }
            if (chunk.equals("IEND")) {
                return null;
            }
            at += 12 + length;
        }
        return "its end (the IEND chunk) is missing";
    }

    private static String riff(ByteBuffer bytes, boolean wav) {
        bytes.order(ByteOrder.LITTLE_ENDIAN);
        long riff = Integer.toUnsignedLong(bytes.getInt(4));
        if (riff == UNKNOWN_SIZE) {
            return "its RIFF header gives no size (0xFFFFFFFF)";
        }
        if (riff + 8 > bytes.limit()) {
            return "its RIFF header declares " + (riff + 8) + " bytes but the file has " + bytes.limit();
        }
        long at = 12;
        while (wav && at + 8 <= bytes.limit()) {
            String chunk = ascii(bytes, (int) at);
            if (!chunk.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                return null; // not a chunk the demuxer will follow either; it refuses the file itself
            }
            long size = Integer.toUnsignedLong(bytes.getInt((int) at + 4));
            if (size == UNKNOWN_SIZE) {
                return "its " + chunk.strip() + " chunk gives no size (0xFFFFFFFF)";
            }
            if (at + 8 + size > bytes.limit()) {
                return "its " + chunk.strip() + " chunk declares " + size + " bytes but the file has "
                        + (bytes.limit() - at - 8) + " after it";
            }
            if (chunk.equals("data")) {
                return null;
            }
            at += 8 + size + (size & 1);
        }
        return null;
    }

    /** MP4 and QuickTime: the top-level boxes tile the file exactly, and one of them is the movie header. */
    private static String isoBoxes(ByteBuffer bytes) {
        bytes.order(ByteOrder.BIG_ENDIAN);
        long at = 0;
        boolean movie = false;
        while (at + 8 <= bytes.limit()) {
            long size = Integer.toUnsignedLong(bytes.getInt((int) at));
            String box = ascii(bytes, (int) at + 4);
            if (size == 1 && at + 16 <= bytes.limit()) {
                size = bytes.getLong((int) at + 8);
            } else if (size == 0) {
                size = bytes.limit() - at;   // "to the end of the file"
            }
            if (size < 8 || at + size > bytes.limit()) {
                return "its " + box + " box declares " + size + " bytes but the file ends before";
            }
            movie |= box.equals("moov");
            at += size;
        }
        if (at != bytes.limit()) {
            return "it ends inside a box header";
        }
        return movie ? null : "it has no movie header (moov box)";
    }

    private static String mp3(ByteBuffer bytes) {
        bytes.order(ByteOrder.BIG_ENDIAN);
        long at = 0;
        if (bytes.get(0) == 'I' && bytes.get(1) == 'D' && bytes.get(2) == '3') {
            long tag = 10 + syncsafe(bytes, 6) + ((bytes.get(5) & 0x10) != 0 ? 10 : 0);
            if (tag >= bytes.limit()) {
                return "its ID3 tag declares " + tag + " bytes but the file has " + bytes.limit();
            }
            at = tag;
        }
        return xing(bytes, (int) at);
    }

    /** The Xing or Info header of a variable-bitrate MP3 states the stream's length in bytes. */
    private static String xing(ByteBuffer bytes, int frame) {
        if (frame + 4 > bytes.limit() || (bytes.get(frame) & 255) != 0xff || (bytes.get(frame + 1) & 0xe0) != 0xe0) {
            return null;
        }
        boolean mpeg1 = (bytes.get(frame + 1) & 0x18) == 0x18;
        boolean mono = (bytes.get(frame + 3) & 0xc0) == 0xc0;
        int tag = frame + 4 + (mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17));
        if (tag + 16 > bytes.limit()) {
            return null;
        }
        String name = ascii(bytes, tag);
        if (!name.equals("Xing") && !name.equals("Info")) {
            return null;
        }
        int flags = bytes.getInt(tag + 4);
        int field = tag + 8 + ((flags & 1) != 0 ? 4 : 0);
        if ((flags & 2) != 0) {
            long declared = Integer.toUnsignedLong(bytes.getInt(field));
            if (frame + declared > bytes.limit()) {
                return "its " + name + " header declares " + declared + " bytes of audio but the file has "
                        + (bytes.limit() - frame);
            }
        }
        return null;
    }

    private static long syncsafe(ByteBuffer bytes, int at) {
        return (bytes.get(at) & 0x7fL) << 21 | (bytes.get(at + 1) & 0x7fL) << 14 | (bytes.get(at + 2) & 0x7fL) << 7
                | bytes.get(at + 3) & 0x7fL;
    }

    private static String ascii(ByteBuffer bytes, int at) {
        byte[] four = new byte[4];
        for (int i = 0; i < 4; i++) {
            four[i] = bytes.get(at + i);
        }
        return new String(four, StandardCharsets.US_ASCII);
    }
}
