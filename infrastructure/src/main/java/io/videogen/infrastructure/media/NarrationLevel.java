package io.videogen.infrastructure.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
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
            byte[] pcm = in.readAllBytes();
            samples = new float[pcm.length / 2];
            boolean big = format.isBigEndian();
            for (int i = 0; i < samples.length; i++) {
                int hi = pcm[2 * i + (big ? 0 : 1)];
                int lo = pcm[2 * i + (big ? 1 : 0)] & 255;
                samples[i] = ((hi << 8) | lo) / 32768f;
            }
        } catch (UnsupportedAudioFileException e) {
            throw new IOException("the narration " + wav.getFileName() + " is not a WAV file", e);
        }
        float rate = format.getSampleRate();
        float[] levelled = level(samples, rate, targetLufs);
        byte[] out = new byte[levelled.length * 2];
        for (int i = 0; i < levelled.length; i++) {
            int value = Math.round(Math.max(-1f, Math.min(1f, levelled[i])) * 32767f);
            out[2 * i] = (byte) value;
            out[2 * i + 1] = (byte) (value >> 8);
        }
        AudioFormat pcm16 = new AudioFormat(rate, 16, 1, true, false);
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(out), pcm16, levelled.length)) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, target.toFile());
        }
        return Math.round(rate);
    }

    static float[] level(float[] samples, float rate, double targetLufs) {
        double loudness = integratedLoudness(samples, rate);
        if (Double.isInfinite(loudness)) {
            return samples.clone();   // silence stays silence
        }
        double gainDb = targetLufs - loudness;
        float[] result = samples;
        for (int attempt = 0; attempt < 6; attempt++) {
            result = limited(samples, rate, Math.pow(10, gainDb / 20));
            double reached = integratedLoudness(result, rate);
            if (Math.abs(reached - targetLufs) <= TOLERANCE_LU) {
                break;
            }
            gainDb += targetLufs - reached;
        }
        return result;
    }

    /**
     * Applies the gain, then keeps every sample under the ceiling: the gain needed at each sample
     * is spread over the look-ahead window either side (minimum, then moving average, so it is never
     * above what any sample in reach needs) and recovers slowly afterwards.
     */
    static float[] limited(float[] samples, float rate, double gain) {
        int n = samples.length;
        int reach = Math.max(1, Math.round(rate * (float) LOOK_AHEAD_SECONDS));
        float[] peaks = truePeaks(samples);
        float[] needed = new float[n];
        for (int i = 0; i < n; i++) {
            double peak = peaks[i] * gain;
            needed[i] = peak <= CEILING ? 1f : (float) (CEILING / peak);
        }
        float[] minimum = slidingMinimum(needed, reach);
        // Moving average over the same reach; beyond either end the edge value stands in, which
        // still covers the samples it reaches, so the average never exceeds what a sample needs.
        int window = 2 * reach + 1;
        double[] prefix = new double[n + 2 * reach + 1];
        for (int j = 0; j < n + 2 * reach; j++) {
            int k = Math.max(0, Math.min(n - 1, j - reach));
            prefix[j + 1] = prefix[j] + minimum[k];
        }
        float[] smooth = new float[n];
        for (int i = 0; i < n; i++) {
            smooth[i] = (float) ((prefix[i + window] - prefix[i]) / window);
        }
        float release = 1f / (rate * (float) RELEASE_SECONDS);
        float[] out = new float[n];
        float current = 1f;
        for (int i = 0; i < n; i++) {
            current = Math.min(smooth[i], Math.min(1f, current + release));
            out[i] = (float) (samples[i] * gain * current);
        }
        return out;
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

    /** For each sample, the smallest value within {@code reach} samples either side (a monotonic deque). */
    private static float[] slidingMinimum(float[] values, int reach) {
        int n = values.length;
        float[] result = new float[n];
        Deque<Integer> window = new ArrayDeque<>();
        int next = 0;
        for (int i = 0; i < n; i++) {
            int last = Math.min(n - 1, i + reach);
            while (next <= last) {
                while (!window.isEmpty() && values[window.peekLast()] >= values[next]) {
                    window.pollLast();
                }
                window.addLast(next++);
            }
            while (window.peekFirst() < i - reach) {
                window.pollFirst();
            }
            result[i] = values[window.peekFirst()];
        }
        return result;
    }

    /** ITU-R BS.1770-4 integrated loudness of a mono signal, in LUFS (-infinity for silence). */
    static double integratedLoudness(float[] samples, float rate) {
        double[] shelf = highShelf(rate);
        double[] highPass = highPass(rate);
        int block = Math.round(rate * 0.4f);
        int step = Math.round(rate * 0.1f);
        int steps = samples.length < block ? 0 : (samples.length - block) / step + 1;
        // Mean square of each 100 ms quarter, then blocks of four quarters overlapping by three.
        int quarters = samples.length / step;
        double[] quarterEnergy = new double[quarters];
        double s1 = 0;
        double s2 = 0;
        double h1 = 0;
        double h2 = 0;
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        for (int i = 0; i < quarters * step; i++) {
            double x = samples[i];
            double shelved = shelf[0] * x + shelf[1] * x1 + shelf[2] * x2 - shelf[3] * s1 - shelf[4] * s2;
            x2 = x1;
            x1 = x;
            s2 = s1;
            s1 = shelved;
            double filtered = highPass[0] * shelved + highPass[1] * y1 + highPass[2] * y2 - highPass[3] * h1
                    - highPass[4] * h2;
            y2 = y1;
            y1 = shelved;
            h2 = h1;
            h1 = filtered;
            quarterEnergy[i / step] += filtered * filtered;
        }
        double[] blocks = new double[steps];
        for (int b = 0; b < steps; b++) {
            double sum = 0;
            for (int q = b; q < b + 4 && q < quarters; q++) {
                sum += quarterEnergy[q];
            }
            blocks[b] = sum / (4.0 * step);
        }
        double absoluteGate = Math.pow(10, (-70 + 0.691) / 10);
        double sum = 0;
        int count = 0;
        for (double energy : blocks) {
            if (energy > absoluteGate) {
                sum += energy;
                count++;
            }
        }
        if (count == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double relativeGate = sum / count * Math.pow(10, -10 / 10.0);
        double gated = 0;
        int kept = 0;
        for (double energy : blocks) {
            if (energy > absoluteGate && energy > relativeGate) {
                gated += energy;
                kept++;
            }
        }
        return -0.691 + 10 * Math.log10(gated / kept);
    }

    /** Stage 1 of the K-weighting: a high shelf of about +4 dB above 1.5 kHz (b0 b1 b2 a1 a2). */
    private static double[] highShelf(double rate) {
        double f0 = 1681.974450955533;
        double gainDb = 3.999843853973347;
        double q = 0.7071752369554196;
        double k = Math.tan(Math.PI * f0 / rate);
        double vh = Math.pow(10, gainDb / 20);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1 + k / q + k * k;
        return new double[] {(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
            2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
    }

    /** Stage 2 of the K-weighting: a high pass at about 38 Hz (b0 b1 b2 a1 a2). */
    private static double[] highPass(double rate) {
        double f0 = 38.13547087602444;
        double q = 0.5003270373238773;
        double k = Math.tan(Math.PI * f0 / rate);
        double a0 = 1 + k / q + k * k;
        return new double[] {1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
    }
}
