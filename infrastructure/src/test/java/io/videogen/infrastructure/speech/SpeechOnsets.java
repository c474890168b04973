package io.videogen.infrastructure.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import javax.sound.sampled.AudioFormat;

/**
 * Onsets found in speech audio, for measuring caption/voice sync: frames where the loudness of the
 * whole or of one frequency band ({@link BandLoudness}) rises 9 dB within 50 ms from a dip, while
 * there is sound — syllable starts, speech after a pause, and the w, y, n or s that starts a word
 * without making it louder overall. Onsets closer than 60 ms count once. Shared by the measurement
 * on synthesised clips (VoiceSyncMeasurementTest) and on rendered videos (bootstrap's
 * RenderedVoiceSyncTest, through this module's test jar).
 */
public final class SpeechOnsets {

    public static final long TOLERANCE_MS = 100;

    private SpeechOnsets() {
    }

    /** The onsets of mono audio (samples in -1..1), in milliseconds from its start. */
    public static List<Long> in(double[] samples, float rate) {
        byte[] pcm = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            int sample = (int) Math.round(Math.max(-1, Math.min(1, samples[i])) * 32767);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        Loudness loudness = Loudness.of(pcm, new AudioFormat(rate, 16, 1, true, false));
        double[][] bands = BandLoudness.of(samples, rate);
        List<Long> onsets = new ArrayList<>();
        long last = -1000;
        for (int frame = 0; frame < loudness.frames(); frame++) {
            if (rises(loudness::level, frame, loudness.frames(), loudness) || risesInABand(bands, frame, loudness)) {
                long at = (long) frame * Loudness.FRAME_MILLIS;
                if (at - last >= 60) {
                    onsets.add(at);
                    last = at;
                }
            }
        }
        return onsets;
    }

    /** How far the nearest onset lies from a time. */
    public static long distance(List<Long> onsets, long at) {
        return onsets.stream().mapToLong(onset -> Math.abs(onset - at)).min().orElse(Long.MAX_VALUE);
    }

    /** The share of distances within {@link #TOLERANCE_MS}. */
    public static double share(List<Long> distances) {
        return distances.stream().filter(miss -> miss <= TOLERANCE_MS).count() / (double) distances.size();
    }

    public static long percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    /** "97.0 % within ±100 ms (p50 18 ms, p90 50 ms, p95 60 ms, max 140 ms)". */
    public static String distribution(List<Long> distances) {
        return String.format(Locale.ROOT, "%.1f %% within ±%d ms (distance to nearest onset p50 %d ms, p90 %d ms, "
                        + "p95 %d ms, max %d ms)", 100 * share(distances), TOLERANCE_MS, percentile(distances, 50),
                percentile(distances, 90), percentile(distances, 95), percentile(distances, 100));
    }

    private static boolean risesInABand(double[][] bands, int frame, Loudness loudness) {
        for (double[] band : bands) {
            if (frame < band.length && rises(i -> band[i], frame, Math.min(band.length, loudness.frames()), loudness)) {
                return true;
            }
        }
        return false;
    }

    private static boolean rises(IntToDoubleFunction level, int frame, int frames, Loudness loudness) {
        if (frame > 0 && level.applyAsDouble(frame) > level.applyAsDouble(frame - 1)) {
            return false;
        }
        for (int ahead = 1; ahead <= 5 && frame + ahead < frames; ahead++) {
            if (level.applyAsDouble(frame + ahead) - level.applyAsDouble(frame) >= 9 && loudness.sounds(frame + ahead)) {
                return true;
            }
        }
        return false;
    }
}
