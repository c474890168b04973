package io.videogen.infrastructure.media;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_version;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A soundtrack's AAC pieces kept in a directory between renders, each named by exactly what its encoder
 * was given (ADR 0042): the levelled samples of its span — named by what they are made of, the piece's levelled
 * sound and where in the span it lies, not by hashing them (ADR 0046) —, and the encoder, its version and
 * settings. An encoder fed the same samples makes the same packets, so a piece found here is the piece that
 * encoding would make; its packets are kept with timestamps from the span's start, so a span that moved by whole
 * AAC frames finds it too.
 */
final class KeptAacPieces {

    /** Bumped when a piece's encoding or its file changes. */
    private static final String VERSION = "aac-piece-2";
    private static final int MAGIC = 0x56474143;   // "VGAC"

    private final Path directory;

    private KeptAacPieces(Path directory) {
        this.directory = directory;
    }

    /** The pieces kept in {@code directory}, or null (keep none) when it is null. */
    static KeptAacPieces in(Path directory) {
        return directory == null ? null : new KeptAacPieces(directory);
    }

    /** The name of a span's levelled samples ({@link LevelledPieces.Track#content}) encoded with the mix's settings. */
    static String key(String content, NarrationMix mix) {
        return KeptFile.name(VERSION + "|" + avcodec_version() + "|" + mix.sampleRate() + "|" + mix.channels() + "|"
                + AacEncoder.bitRate(mix) + "|" + mix.aacCoder() + "|" + content);
    }

    /** The piece's packets (timestamps from its span's start), or null when it is not kept or unreadable. */
    List<SpokenAac.Packet> find(String key) {
        return KeptFile.find(file(key), in -> {
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
        });
    }

    /** Keeps a piece's packets (timestamps from its span's start); written whole or not at all. */
    void keep(String key, List<SpokenAac.Packet> packets) {
        KeptFile.keep(file(key), out -> {
            out.writeInt(MAGIC);
            out.writeInt(packets.size());
            for (SpokenAac.Packet packet : packets) {
                out.writeLong(packet.pts());
                out.writeLong(packet.duration());
                out.writeInt(packet.flags());
                out.writeInt(packet.data().length);
                out.write(packet.data());
            }
        });
    }

    private Path file(String key) {
        return directory.resolve("aac-" + key + ".bin");
    }
}
