package io.videogen.infrastructure.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
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
 * A narration held in memory is levelled piece by piece ({@link LevelledPieces}, ADR 0044); this class
 * levels what it is given, a piece or a whole narration too long to hold.
 */
final class NarrationLevel {

    /**
     * True peaks (between samples too, estimated at four times the sample rate) stay 2 dB under
     * full scale: the -1.5 dBTP that loudnorm aims at, and a little room for the AAC encoder.
     */
    static final double CEILING = Math.pow(10, -2.0 / 20);
    /** How near the target the limited samples come (ADR 0044: each piece, so that the programme is too). */
    static final double TOLERANCE_LU = 0.1;
    private static final double LOOK_AHEAD_SECONDS = 0.005;
    private static final double RELEASE_SECONDS = 0.08;
    /**
     * The longest narration levelled in memory (87 s at 48 kHz): it is read once, its true peaks are
     * computed on a second thread while its loudness is measured (they do not depend on the gain, which
     * the limiter applies to them), and only the last attempt of the gain is written. Its samples, their
     * peaks and the levelled PCM take 42 MB at this length. A longer narration is read as it is needed,
     * so that a ten-minute one is never held.
     */
    static final int HELD = 1 << 22;

    private NarrationLevel() {
    }

    /** The levelling's settings, for naming what it made (ADR 0044). */
    static String settings() {
        return CEILING + "|" + TOLERANCE_LU + "|" + LOOK_AHEAD_SECONDS + "|" + RELEASE_SECONDS;
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
     * rate. Up to {@link #HELD} samples it is levelled in memory; a longer one is read as it is needed,
     * once to measure it and twice an attempt of the gain (its samples, and ahead of them their peaks),
     * and never held: a ten-minute narration at 48 kHz would be a hundred megabytes an array. Both ways
     * give the same samples.
     */
    static int level(Path wav, double targetLufs, Path target) throws IOException {
        return level(wav, targetLufs, target, HELD);
    }

    /** As {@link #level(Path, double, Path)}, held in memory up to {@code heldUpTo} samples. */
    static int level(Path wav, double targetLufs, Path target, int heldUpTo) throws IOException {
        int length;
        float rate;
        try (WavSamples probe = WavSamples.open(wav)) {
            length = probe.length();
            rate = probe.format().getSampleRate();
        }
        try {
            if (length <= heldUpTo) {
                float[] levelled = levelHeld(wav, length, rate, targetLufs);
                try (WavSamples.Writer out = new WavSamples.Writer(target, rate, length)) {
                    out.pcm(pcm(levelled));
                }
            } else {
                levelStreaming(length, rate, targetLufs, () -> WavSamples.open(wav),
                        () -> new WavSamples.Writer(target, rate, length));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return Math.round(rate);
    }

    /**
     * The narration read whole and levelled in memory, every attempt's samples as floats over the one
     * before: only the last attempt's are turned into 16-bit values, once ({@link #pcm}).
     */
    private static float[] levelHeld(Path wav, int length, float rate, double targetLufs) throws IOException {
        float[] samples = new float[length];
        try (WavSamples in = WavSamples.open(wav)) {
            for (int i = 0; i < length; i++) {
                samples[i] = in.next();
            }
        }
        return level(samples, rate, targetLufs);
    }

    /** Levelled samples as 16-bit little-endian PCM, as {@link WavSamples.Writer} writes each one. */
    private static byte[] pcm(float[] levelled) {
        byte[] bytes = new byte[levelled.length * 2];
        for (int i = 0; i < levelled.length; i++) {
            int value = WavSamples.Writer.pcm(levelled[i]);
            bytes[2 * i] = (byte) value;
            bytes[2 * i + 1] = (byte) (value >> 8);
        }
        return bytes;
    }

    static float[] level(float[] samples, float rate, double targetLufs) {
        float[] levelled = new float[samples.length];
        try {
            levelHeld(samples, rate, targetLufs, () -> new Into(levelled));
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

    /** The narration held: its true peaks on a second thread while its loudness is measured on this one. */
    private static void levelHeld(float[] samples, float rate, double targetLufs, Writing writing) throws IOException {
        CompletableFuture<float[]> truePeaks = aside(() -> TruePeaks.of(samples));
        double loudness = LoudnessMeter.of(samples, rate);
        float[] peaks;
        try {
            peaks = truePeaks.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
        attempts(samples.length, rate, targetLufs, loudness, () -> PeakLimiter.Source.of(samples),
                () -> PeakLimiter.Source.of(peaks), writing);
    }

    /** The narration read as it is needed: a pass to measure it, and its true peaks again each attempt. */
    private static void levelStreaming(int length, float rate, double targetLufs, Reading reading, Writing writing)
            throws IOException {
        double loudness;
        try (PeakLimiter.Source samples = reading.open()) {
            LoudnessMeter meter = new LoudnessMeter(rate, length);
            for (int i = 0; i < length; i++) {
                meter.accept(samples.next());
            }
            loudness = meter.integrated();
        }
        attempts(length, rate, targetLufs, loudness, reading, () -> new TruePeaks(reading.open(), length), writing);
    }

    /**
     * Finds the gain that brings the limited narration, first measured at {@code loudness}, to the
     * target, measuring each attempt as it passes; the last attempt's samples are the result.
     */
    private static void attempts(int length, float rate, double targetLufs, double loudness, Reading reading,
                                 Reading peaks, Writing writing) throws IOException {
        // too short or too quiet to measure (under a 400 ms gating block, or no block above the gates; ADR 0044):
        // no gain, only the limiter, so that the rule depends on the samples alone (silence stays silence)
        boolean measured = !Double.isInfinite(loudness);
        double gainDb = measured ? targetLufs - loudness : 0;
        PeakLimiter limiter = new PeakLimiter(length, rate, LOOK_AHEAD_SECONDS);
        for (int attempt = 0; attempt < 6; attempt++) {
            double reached = limit(limiter, gainDb, length, rate, reading, peaks, writing);
            if (!measured || Math.abs(reached - targetLufs) <= TOLERANCE_LU) {
                break;   // the last attempt's samples are the result
            }
            gainDb += targetLufs - reached;
        }
    }

    /** One attempt of the gain, written over the one before; the loudness it reached. */
    private static double limit(PeakLimiter limiter, double gainDb, int length, float rate, Reading reading,
                                Reading peaks, Writing writing) throws IOException {
        LoudnessMeter meter = new LoudnessMeter(rate, length);
        try (PeakLimiter.Source samples = reading.open();
             PeakLimiter.Source ahead = peaks.open();
             Written out = writing.open()) {
            limiter.run(Math.pow(10, gainDb / 20), CEILING, RELEASE_SECONDS, samples, ahead, (i, sample) -> {
                out.accept(i, sample);
                meter.accept(sample);
            });
        }
        return meter.integrated();
    }

    /** {@code work} on a thread of its own, beside the caller's. */
    private static <T> CompletableFuture<T> aside(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, "videogen-true-peaks");
            thread.setDaemon(true);
            thread.start();
        });
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
