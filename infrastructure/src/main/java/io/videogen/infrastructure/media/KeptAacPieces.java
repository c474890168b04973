package io.videogen.infrastructure.media;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_version;

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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A soundtrack's AAC pieces kept in a directory between renders, each named by exactly what its encoder
 * was given (ADR 0042): the levelled samples of its span, and the encoder, its version and settings. An
 * encoder fed the same samples makes the same packets, so a piece found here is the piece that encoding
 * would make; its packets are kept with timestamps from the span's start, so a span that moved by whole
 * AAC frames finds it too.
 */
final class KeptAacPieces {

    /** Bumped when a piece's encoding or its file changes. */
    private static final String VERSION = "aac-piece-1";
    private static final int MAGIC = 0x56474143;   // "VGAC"

    private final Path directory;

    private KeptAacPieces(Path directory) {
        this.directory = directory;
    }

    /** The pieces kept in {@code directory}, or null (keep none) when it is null. */
    static KeptAacPieces in(Path directory) {
        return directory == null ? null : new KeptAacPieces(directory);
    }

    /** The name of samples [from, to) encoded with the mix's settings. */
    static String key(float[] samples, int from, int to, NarrationMix mix) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update((VERSION + "|" + avcodec_version() + "|" + mix.sampleRate() + "|" + mix.channels() + "|"
                + AacEncoder.bitRate(mix) + "|" + mix.aacCoder() + "|" + (to - from))
                .getBytes(StandardCharsets.UTF_8));
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

    /** The piece's packets (timestamps from its span's start), or null when it is not kept or unreadable. */
    List<SpokenAac.Packet> find(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC) {
                return null;
            }
            int count = in.readInt();
            List<SpokenAac.Packet> packets = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                long pts = in.readLong();
                long duration = in.readLong();
                int flags = in.readInt();
                byte[] data = new byte[in.readInt()];
                in.readFully(data);
                packets.add(new SpokenAac.Packet(pts, duration, flags, data));
            }
            return packets;
        } catch (IOException | RuntimeException e) {
            return null;   // a damaged piece is encoded again and written over
        }
    }

    /** Keeps a piece's packets (timestamps from its span's start); written whole or not at all. */
    void keep(String key, List<SpokenAac.Packet> packets) {
        Path file = file(key);
        Path part = directory.resolve(file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(directory);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(part)))) {
                out.writeInt(MAGIC);
                out.writeInt(packets.size());
                for (SpokenAac.Packet packet : packets) {
                    out.writeLong(packet.pts());
                    out.writeLong(packet.duration());
                    out.writeInt(packet.flags());
                    out.writeInt(packet.data().length);
                    out.write(packet.data());
                }
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // a leftover part is never read: only whole pieces are found
            }
            // not kept: the next render encodes it again
        }
    }

    private Path file(String key) {
        return directory.resolve("aac-" + key + ".bin");
    }
}
