package io.videogen.infrastructure.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
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
    private static final int TAPS = 8;
    private static final double[][] PHASES = interpolationPhases();
    static final double TOLERANCE_LU = 0.2;
    private static final double LOOK_AHEAD_SECONDS = 0.005;
    private static final double RELEASE_SECONDS = 0.08;

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

    /** Writes the levelled narration to {@code target} (same rate, mono 16-bit PCM WAV); returns the rate. */
    static int level(Path wav, double targetLufs, Path target) throws IOException {
        AudioFormat format;
        float[] samples;
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            format = in.getFormat();
            samples = read(in, format.isBigEndian());
        } catch (UnsupportedAudioFileException e) {
            throw new IOException("the narration " + wav.getFileName() + " is not a WAV file", e);
        }
        float rate = format.getSampleRate();
        // the levelled samples go straight into the PCM to write: the narration is held once as
        // floats and once as 16-bit PCM, never as a float copy per attempt of the gain
        byte[] out = new byte[samples.length * 2];
        level(samples, rate, targetLufs, (i, sample) -> {
            int value = Math.round(Math.max(-1f, Math.min(1f, sample)) * 32767f);
            out[2 * i] = (byte) value;
            out[2 * i + 1] = (byte) (value >> 8);
        });
        AudioFormat pcm16 = new AudioFormat(rate, 16, 1, true, false);
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(out), pcm16, samples.length)) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, target.toFile());
        }
        return Math.round(rate);
    }

    /** 16-bit PCM as floats, read a block at a time. */
    private static float[] read(AudioInputStream in, boolean bigEndian) throws IOException {
        long frames = in.getFrameLength();
        if (frames < 0 || frames > Integer.MAX_VALUE) {
            throw new IOException("the narration's length is unknown or too long to level");
        }
        float[] samples = new float[(int) frames];
        byte[] block = new byte[1 << 16];
        int filled = 0;
        int carried = 0;
        while (filled < samples.length) {
            int read = in.read(block, carried, block.length - carried);
            if (read < 0) {
                break;
            }
            int available = carried + read;
            int whole = Math.min(available / 2, samples.length - filled);
            for (int k = 0; k < whole; k++) {
                int hi = block[2 * k + (bigEndian ? 0 : 1)];
                int lo = block[2 * k + (bigEndian ? 1 : 0)] & 255;
                samples[filled++] = ((hi << 8) | lo) / 32768f;
            }
            carried = available - 2 * whole;
            System.arraycopy(block, 2 * whole, block, 0, carried);
        }
        return filled == samples.length ? samples : java.util.Arrays.copyOf(samples, filled);
    }

    static float[] level(float[] samples, float rate, double targetLufs) {
        float[] levelled = new float[samples.length];
        level(samples, rate, targetLufs, (i, sample) -> levelled[i] = sample);
        return levelled;
    }

    /**
     * Finds the gain that brings the limited narration to the target, measuring each attempt as it
     * passes; every attempt's samples go to {@code output}, overwriting the one before, so the last
     * attempt's are the result.
     */
    private static void level(float[] samples, float rate, double targetLufs, PeakLimiter.Output output) {
        double loudness = integratedLoudness(samples, rate);
        if (Double.isInfinite(loudness)) {
            for (int i = 0; i < samples.length; i++) {
                output.accept(i, samples[i]);   // silence stays silence
            }
            return;
        }
        double gainDb = targetLufs - loudness;
        PeakLimiter limiter = new PeakLimiter(samples, truePeaks(samples), rate, LOOK_AHEAD_SECONDS);
        for (int attempt = 0; attempt < 6; attempt++) {
            LoudnessMeter meter = new LoudnessMeter(rate, samples.length);
            limiter.run(Math.pow(10, gainDb / 20), CEILING, RELEASE_SECONDS, (i, sample) -> {
                output.accept(i, sample);
                meter.accept(sample);
            });
            double reached = meter.integrated();
            if (Math.abs(reached - targetLufs) <= TOLERANCE_LU) {
                break;
            }
            gainDb += targetLufs - reached;
        }
    }

    /**
     * The highest magnitude from each sample to the next, the sample itself and the signal between
     * it and the next at quarter steps (windowed-sinc interpolation, as BS.1770's true peak meter).
     * Speech at 16 kHz has a lot of energy near the top of its band, so these peaks lie up to 3 dB
     * above the samples.
     */
    static float[] truePeaks(float[] samples) {
        int n = samples.length;
        float[] peaks = new float[n];
        int half = TAPS / 2;
        for (int i = 0; i < n; i++) {
            float peak = Math.abs(samples[i]);
            for (double[] phase : PHASES) {
                double value = 0;
                for (int k = 0; k < TAPS; k++) {
                    int at = i + k - half + 1;
                    if (at >= 0 && at < n) {
                        value += samples[at] * phase[k];
                    }
                }
                peak = Math.max(peak, (float) Math.abs(value));
            }
            peaks[i] = peak;
        }
        return peaks;
    }

    /** Hann-windowed sinc taps for the points a quarter, a half and three quarters past a sample. */
    private static double[][] interpolationPhases() {
        double[][] phases = new double[3][TAPS];
        int half = TAPS / 2;
        for (int p = 0; p < 3; p++) {
            double offset = (p + 1) / 4.0;
            for (int k = 0; k < TAPS; k++) {
                double t = (k - half + 1) - offset;      // distance from the interpolated point
                double sinc = Math.abs(t) < 1e-9 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
                double window = 0.5 + 0.5 * Math.cos(Math.PI * t / (half + 0.5));
                phases[p][k] = sinc * window;
            }
        }
        return phases;
    }

    /** ITU-R BS.1770-4 integrated loudness of a mono signal, in LUFS (-infinity for silence). */
    static double integratedLoudness(float[] samples, float rate) {
        return LoudnessMeter.of(samples, rate);
    }
}
