package io.videogen.infrastructure.media;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A file of the soundtrack's pieces kept in the workspace between renders (ADR 0042, 0044), named by a hash
 * of samples and what was done to them: written whole (a temporary file moved into place) or not at all, and
 * read back or, when missing or damaged, not found.
 */
final class KeptFile {

    /** What a kept file holds, written. */
    @FunctionalInterface
    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    /** What a kept file holds, read; it may throw on a damaged file, which is then not found. */
    @FunctionalInterface
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private KeptFile() {
    }

    /** A name for samples [from, to) and {@code settings}: 32 hex digits of their SHA-256. */
    static String name(String settings, float[] samples, int from, int to) {
        MessageDigest digest = sha256();
        digest.update((settings + "|" + (to - from)).getBytes(StandardCharsets.UTF_8));
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = from; at < to; ) {
            int count = Math.min(to - at, bytes.capacity() / Float.BYTES);
            bytes.clear();
            bytes.asFloatBuffer().put(samples, at, count);
            digest.update(bytes.array(), 0, count * Float.BYTES);
            at += count;
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** A name for what {@code description} says a file holds (ADR 0046): 32 hex digits of its SHA-256. */
    static String name(String description) {
        return HexFormat.of().formatHex(sha256().digest(description.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What {@code file} holds, or null when it is not there or cannot be read. */
    static <T> T find(Path file, Reader<T> reader) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return reader.read(in);
        } catch (IOException | RuntimeException e) {
            return null;   // a damaged file is made again and written over
        }
    }

    /** Writes {@code file} whole or not at all (then the next render makes it again). */
    static void keep(Path file, Body body) {
        Path part = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(part)))) {
                body.write(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // a leftover part is never read: only whole files are found
            }
        }
    }
}
