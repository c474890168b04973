package io.videogen.infrastructure.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Brings a mono 16-bit narration to a loudness target (EBU R128 / ITU-R BS.1770 integrated
 * loudness) with a gain and a look-ahead peak limiter, in Java, at the narration's own sample rate.
 *
 * <p>This replaces FFmpeg's loudnorm filter for narration without music: loudnorm's dynamic mode
 * works at 192 kHz and cost more than the AAC encoder and everything else of the final pass
 * together. Measuring is cheap (two biquads and a sum per sample), so the gain is found by
 * measuring again after limiting until the result is within {@link #TOLERANCE_LU} of the target.
 */
final class NarrationLevel {

    /**
     * True peaks (between samples too, estimated at four times the sample rate) stay 2 dB under
     * full scale: the -1.5 dBTP that loudnorm aims at, and a little room for the AAC encoder.
     */
    static final double CEILING = Math.pow(10, -2.0 / 20);
    static final double TOLERANCE_LU = 0.2;
    private static final double LOOK_AHEAD_SECONDS = 0.005;
    private static final double RELEASE_SECONDS = 0.08;
    /**
     * The longest narration whose true peaks are kept from the first attempt of the gain for the next
     * (16 MB, 87 s at 48 kHz): they do not depend on the gain, which the limiter applies to them. A
     * longer one has them computed again each attempt, so that a ten-minute narration is never held.
     */
    static final int HELD_PEAKS = 1 << 22;

    private NarrationLevel() {
    }

    /** Whether the file is a narration this class can level: mono 16-bit PCM WAV. */
    static boolean supports(Path wav) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat format = in.getFormat();
            return format.getEncoding() == AudioFormat.Encoding.PCM_SIGNED && format.getSampleSizeInBits() == 16
                    && format.getChannels() == 1;
        } catch (IOException | UnsupportedAudioFileException e) {
            return false;
        }
    }

    /**
     * Writes the levelled narration to {@code target} (same rate, mono 16-bit PCM WAV); returns the
     * rate. The narration is read as it is needed, once to measure it and twice an attempt of the
     * gain (its samples, and ahead of them their peaks; the peaks only on the first attempt when they
     * are kept, {@link #HELD_PEAKS}), and never held: a ten-minute narration at 48 kHz would be a
     * hundred megabytes an array.
     */
    static int level(Path wav, double targetLufs, Path target) throws IOException {
        int length;
        float rate;
        try (WavSamples probe = WavSamples.open(wav)) {
            length = probe.length();
            rate = probe.format().getSampleRate();
        }
        try {
            level(length, rate, targetLufs, () -> WavSamples.open(wav), () -> new WavSamples.Writer(target, rate, length));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return Math.round(rate);
    }

    static float[] level(float[] samples, float rate, double targetLufs) {
        float[] levelled = new float[samples.length];
        try {
            level(samples.length, rate, targetLufs, () -> PeakLimiter.Source.of(samples), () -> new Into(levelled));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return levelled;
    }

    /** A fresh pass over the narration's samples. */
    @FunctionalInterface
    private interface Reading {
        PeakLimiter.Source open() throws IOException;
    }

    /** Where an attempt writes its samples, each attempt over the one before. */
    @FunctionalInterface
    private interface Writing {
        Written open() throws IOException;
    }

    interface Written extends PeakLimiter.Output, AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /**
     * Finds the gain that brings the limited narration to the target, measuring each attempt as it
     * passes; the last attempt's samples are the result.
     */
    private static void level(int length, float rate, double targetLufs, Reading reading, Writing writing)
            throws IOException {
        double loudness;
        try (PeakLimiter.Source samples = reading.open()) {
            LoudnessMeter meter = new LoudnessMeter(rate, length);
            for (int i = 0; i < length; i++) {
                meter.accept(samples.next());
            }
            loudness = meter.integrated();
        }
        if (Double.isInfinite(loudness)) {
            try (PeakLimiter.Source samples = reading.open(); Written out = writing.open()) {
                for (int i = 0; i < length; i++) {
                    out.accept(i, samples.next());   // silence stays silence
                }
            }
            return;
        }
        double gainDb = targetLufs - loudness;
        PeakLimiter limiter = new PeakLimiter(length, rate, LOOK_AHEAD_SECONDS);
        float[] peaks = length <= HELD_PEAKS ? new float[length] : null;
        for (int attempt = 0; attempt < 6; attempt++) {
            LoudnessMeter meter = new LoudnessMeter(rate, length);
            try (PeakLimiter.Source samples = reading.open();
                 PeakLimiter.Source ahead = peaks != null && attempt > 0 ? PeakLimiter.Source.of(peaks)
                         : kept(new TruePeaks(reading.open(), length), peaks);
                 Written out = writing.open()) {
                limiter.run(Math.pow(10, gainDb / 20), CEILING, RELEASE_SECONDS, samples, ahead, (i, sample) -> {
                    out.accept(i, sample);
                    meter.accept(sample);
                });
            }
            double reached = meter.integrated();
            if (Math.abs(reached - targetLufs) <= TOLERANCE_LU) {
                break;
            }
            gainDb += targetLufs - reached;
        }
    }

    /**
     * The true peaks as they are read, also written into {@code into} (when not null): the limiter reads
     * every sample's peak, so after a first attempt it holds them all.
     */
    private static PeakLimiter.Source kept(TruePeaks peaks, float[] into) {
        if (into == null) {
            return peaks;
        }
        return new PeakLimiter.Source() {
            private int next;

            @Override
            public float next() {
                float peak = peaks.next();
                into[next++] = peak;
                return peak;
            }

            @Override
            public void close() {
                peaks.close();
            }
        };
    }

    /** An attempt's samples into an array. */
    private record Into(float[] levelled) implements Written {
        @Override
        public void accept(int index, float sample) {
            levelled[index] = sample;
        }

        @Override
        public void close() {
        }
    }
}
