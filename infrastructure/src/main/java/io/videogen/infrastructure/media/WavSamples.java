package io.videogen.infrastructure.media;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * A mono 16-bit PCM WAV file read as samples in -1..1, a block at a time, never whole; and the
 * same written back. A read failure leaves as an {@link UncheckedIOException}.
 */
final class WavSamples implements PeakLimiter.Source {

    private final AudioInputStream in;
    private final boolean bigEndian;
    private final byte[] block = new byte[1 << 16];
    private int position;
    private int limit;

    private WavSamples(AudioInputStream in) {
        this.in = in;
        this.bigEndian = in.getFormat().isBigEndian();
    }

    static WavSamples open(Path wav) throws IOException {
        try {
            AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile());
            long frames = in.getFrameLength();
            if (frames < 0 || frames > Integer.MAX_VALUE) {
                in.close();
                throw new IOException("the narration " + wav.getFileName() + " has no length, or one too long to level");
            }
            return new WavSamples(in);
        } catch (UnsupportedAudioFileException e) {
            throw new IOException("the narration " + wav.getFileName() + " is not a WAV file", e);
        }
    }

    AudioFormat format() {
        return in.getFormat();
    }

    int length() {
        return (int) in.getFrameLength();
    }

    @Override
    public float next() {
        if (position + 1 >= limit) {
            fill();
        }
        int hi = block[position + (bigEndian ? 0 : 1)];
        int lo = block[position + (bigEndian ? 1 : 0)] & 255;
        position += 2;
        return ((hi << 8) | lo) / 32768f;
    }

    /** The next {@code samples.length} samples, as {@link #next()} gives them one by one, a block at a time. */
    void next(float[] samples) {
        int hiAt = bigEndian ? 0 : 1;
        int loAt = 1 - hiAt;
        for (int n = 0; n < samples.length; ) {
            if (position + 1 >= limit) {
                fill();
            }
            int count = Math.min(samples.length - n, (limit - position) / 2);
            for (int end = n + count; n < end; n++, position += 2) {
                samples[n] = ((block[position + hiAt] << 8) | (block[position + loAt] & 255)) / 32768f;
            }
        }
    }

    private void fill() {
        int carried = limit - position;
        System.arraycopy(block, position, block, 0, carried);
        position = 0;
        limit = carried;
        try {
            while (limit < 2) {
                int read = in.read(block, limit, block.length - limit);
                if (read < 0) {
                    throw new IOException("the narration ended before its declared length");
                }
                limit += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // read to its end or abandoned: nothing to keep
        }
    }

    /** Writes {@code length} samples as a mono 16-bit PCM WAV file, clipped to -1..1, as they come. */
    static final class Writer implements NarrationLevel.Written {

        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int filled;

        Writer(Path file, float rate, int length) throws IOException {
            this.out = Files.newOutputStream(file);
            int data = length * 2;
            put('R', 'I', 'F', 'F');
            littleEndian(36 + data, 4);
            put('W', 'A', 'V', 'E', 'f', 'm', 't', ' ');
            littleEndian(16, 4);
            littleEndian(1, 2);                         // PCM
            littleEndian(1, 2);                         // mono
            littleEndian(Math.round(rate), 4);
            littleEndian(Math.round(rate) * 2, 4);      // bytes a second
            littleEndian(2, 2);                         // bytes a frame
            littleEndian(16, 2);                        // bits a sample
            put('d', 'a', 't', 'a');
            littleEndian(data, 4);
        }

        @Override
        public void accept(int index, float sample) {
            int value = pcm(sample);
            if (filled + 2 > buffer.length) {
                flush();
            }
            buffer[filled++] = (byte) value;
            buffer[filled++] = (byte) (value >> 8);
        }

        /** A sample as a 16-bit PCM value, clipped to -1..1. */
        static int pcm(float sample) {
            return Math.round(Math.max(-1f, Math.min(1f, sample)) * 32767f);
        }

        /** All the samples at once, as 16-bit little-endian PCM, in place of {@link #accept}. */
        void pcm(byte[] data) throws IOException {
            flush();
            out.write(data);
        }

        private void put(char... letters) {
            for (char letter : letters) {
                buffer[filled++] = (byte) letter;
            }
        }

        private void littleEndian(int value, int bytes) {
            for (int b = 0; b < bytes; b++) {
                buffer[filled++] = (byte) (value >>> (8 * b));
            }
        }

        private void flush() {
            try {
                out.write(buffer, 0, filled);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            try {
                flush();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                out.close();
            }
        }
    }
}
