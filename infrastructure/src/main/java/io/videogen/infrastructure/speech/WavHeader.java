package io.videogen.infrastructure.speech;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;

/**
 * What a PCM WAV file's header says about its samples, read the way the JDK's own WAV reader reads it
 * (its chunks walked to {@code fmt } and then to {@code data}; the frames are the data chunk's declared
 * bytes over the frame size), without going through {@code AudioSystem}, which looks up and tries
 * every installed audio file reader first (ADR 0047).
 *
 * @param frames     sample frames, as {@code AudioInputStream.getFrameLength()} gives them
 * @param sampleRate frames a second
 * @param channels   samples a frame
 * @param bits       bits a sample (little-endian, signed above 8 bits as WAV's PCM is)
 * @param dataOffset where the data chunk's samples start in the file
 */
record WavHeader(long frames, int sampleRate, int channels, int bits, long dataOffset) {

    private static final int FORMAT_PCM = 1;

    /** The header of a PCM WAV file; empty for anything else (another coding, or no WAV at all). */
    static Optional<WavHeader> of(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = read(channel, 0, 12);
            if (head == null || head.getInt(0) != tag("RIFF") || head.getInt(8) != tag("WAVE")) {
                return Optional.empty();
            }
            long at = 12;
            ByteBuffer format = null;
            while (true) {
                ByteBuffer chunk = read(channel, at, 8);
                if (chunk == null) {
                    return Optional.empty();
                }
                long size = Integer.toUnsignedLong(chunk.order(ByteOrder.LITTLE_ENDIAN).getInt(4));
                int id = chunk.order(ByteOrder.BIG_ENDIAN).getInt(0);
                boolean formatChunk = format == null && id == tag("fmt ");
                if (formatChunk) {
                    format = read(channel, at + 8, 16);
                    if (format == null) {
                        return Optional.empty();
                    }
                } else if (format != null && id == tag("data")) {
                    return pcm(format.order(ByteOrder.LITTLE_ENDIAN), size, at + 8);
                }
                // the JDK's reader pads every chunk to an even length but the format chunk, of which it reads 16 bytes at least
                at += 8 + (formatChunk ? Math.max(16, size) : size + (size & 1));
            }
        }
    }

    private static Optional<WavHeader> pcm(ByteBuffer format, long dataBytes, long dataOffset) {
        int coding = Short.toUnsignedInt(format.getShort(0));
        int channels = format.getShort(2);
        long sampleRate = Integer.toUnsignedLong(format.getInt(4));
        int bits = format.getShort(14);
        if (coding != FORMAT_PCM || channels <= 0 || bits <= 0 || sampleRate <= 0 || sampleRate > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(new WavHeader(dataBytes / ((bits + 7) / 8 * channels), (int) sampleRate, channels, bits,
                dataOffset));
    }

    /**
     * The 44 bytes the JDK's WAV writer ({@code AudioSystem.write}, type {@code WAVE}) puts before
     * {@code dataBytes} of signed little-endian PCM of 16 bits or more in {@code format}: the RIFF and
     * format chunks and the data chunk's head. Empty for any other format, which is left to the writer
     * (it converts some). Written without {@code AudioSystem}, which looks up every installed audio file
     * writer first (ADR 0050).
     */
    static Optional<byte[]> writtenBefore(AudioFormat format, int dataBytes) {
        int bits = format.getSampleSizeInBits();
        if (!AudioFormat.Encoding.PCM_SIGNED.equals(format.getEncoding()) || format.isBigEndian() || bits < 16
                || bits % 8 != 0 || format.getChannels() <= 0 || format.getFrameSize() != bits / 8 * format.getChannels()
                || format.getSampleRate() <= 0 || format.getSampleRate() != Math.round(format.getSampleRate())) {
            return Optional.empty();
        }
        int rate = Math.round(format.getSampleRate());
        int channels = format.getChannels();
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE")).put(ascii("fmt ")).putInt(16)
                .putShort((short) FORMAT_PCM).putShort((short) channels).putInt(rate)
                .putInt(channels * bits * rate / 8).putShort((short) (bits / 8 * channels)).putShort((short) bits)
                .put(ascii("data")).putInt(dataBytes);
        return Optional.of(header.array());
    }

    /** Bytes a frame: every channel's sample. */
    int frameSize() {
        return (bits + 7) / 8 * channels;
    }

    /**
     * The data chunk's samples as stored, its declared frames or as many as the file holds (the JDK's
     * reader reads a short file to its end too).
     */
    byte[] samples(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long held = Math.max(0, channel.size() - dataOffset);
            ByteBuffer samples = ByteBuffer.allocate(Math.toIntExact(Math.min(held, frames * frameSize())));
            while (samples.hasRemaining() && channel.read(samples, dataOffset + samples.position()) >= 0) {
                // FileChannel.read may return fewer bytes than asked for
            }
            return samples.array();
        }
    }

    /** {@code length} bytes at {@code position}, or null when the file ends before. */
    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer.flip();
    }

    private static byte[] ascii(String fourCc) {
        return fourCc.getBytes(StandardCharsets.US_ASCII);
    }

    private static int tag(String fourCc) {
        return fourCc.charAt(0) << 24 | fourCc.charAt(1) << 16 | fourCc.charAt(2) << 8 | fourCc.charAt(3);
    }
}
