package io.videogen.infrastructure.media;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The audio filter graph of the final pass.
 *
 * <p>Narration alone ({@code levelledRate > 0}): it was already brought to the loudness target by
 * {@link NarrationLevel}, so the graph only pads or cuts it to the video's length, and it is
 * encoded mono at its own sample rate, as FFmpeg keeps a mono 16 kHz source (and as the
 * hand-written benchmark command does): resampling speech that has nothing above 8 kHz to 48 kHz
 * would only triple the AAC encoder's work.
 *
 * <p>With music: narration resampled to 48 kHz stereo; music cut to the video's length at its
 * volume, ducked under the narration when asked; both mixed and normalised to the loudness target
 * (EBU R128, FFmpeg's loudnorm, one pass).
 *
 * @param levelledRate the sample rate of a narration already levelled, or 0 when loudnorm must do it
 */
record NarrationMix(double seconds, boolean withMusic, double musicVolume, boolean ducking, double loudnessTarget,
                    int levelledRate) {

    static final int MIXED_SAMPLE_RATE = 48_000;
    private static final String STEREO_48K = "aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo";
    private static final String MONO_48K = "aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=mono";

    int channels() {
        return withMusic ? 2 : 1;
    }

    int sampleRate() {
        return !withMusic && levelledRate > 0 ? levelledRate : MIXED_SAMPLE_RATE;
    }

    /**
     * FFmpeg's AAC quantiser search. Narration alone is 16 kHz speech given the most bits AAC can
     * carry at that rate (96 kb/s mono), where the default two-loop search buys nothing audible and
     * costs three times the time of the fast one (0.27 s against 0.08 s for 37 s of speech); music
     * at 48 kHz stereo keeps the two-loop search.
     */
    String aacCoder() {
        return !withMusic && levelledRate > 0 ? "fast" : "twoloop";
    }

    /**
     * The track's length in samples at {@link #sampleRate()}, as the graph's {@code apad} and {@code atrim}
     * make it: the length written to the microsecond, rounded to the nearest sample.
     */
    int samples() {
        long micros = new BigDecimal(length()).movePointRight(6).longValueExact();
        return Math.toIntExact((micros * sampleRate() + 500_000) / 1_000_000);
    }

    private String length() {
        return String.format(Locale.ROOT, "%.6f", seconds);
    }

    String graph() {
        String length = length();
        if (!withMusic && levelledRate > 0) {
            return "[narration]aformat=sample_fmts=fltp:channel_layouts=mono,apad=whole_dur=" + length
                    + ",atrim=end=" + length + "[out]";
        }
        if (!withMusic) {
            return "[narration]aresample=48000," + MONO_48K + ",apad=whole_dur=" + length + ",atrim=end=" + length
                    + "," + String.format(Locale.ROOT,
                    "loudnorm=I=%.1f:LRA=11:TP=-1.5,aresample=48000,%s[out]", loudnessTarget, MONO_48K);
        }
        String voice = "[narration]aresample=48000," + STEREO_48K + ",apad=whole_dur=" + length + ",atrim=end=" + length;
        String finish = String.format(Locale.ROOT,
                // loudnorm works at 192 kHz internally in its dynamic mode; bring it back to 48 kHz.
                "loudnorm=I=%.1f:LRA=11:TP=-1.5,aresample=48000,%s[out]", loudnessTarget, STEREO_48K);
        String bed = String.format(Locale.ROOT, "[music]aresample=48000,%s,atrim=end=%s,volume=%.3f", STEREO_48K, length,
                musicVolume);
        if (!ducking) {
            return voice + "[voice];" + bed + "[bed];"
                    + "[voice][bed]amix=inputs=2:duration=first:dropout_transition=0:normalize=0," + finish;
        }
        // The narration is the side chain: while it sounds, the music drops by up to ~15 dB.
        return voice + ",asplit=2[voice][key];" + bed + "[bed];"
                + "[bed][key]sidechaincompress=threshold=0.015:ratio=8:attack=20:release=400[ducked];"
                + "[voice][ducked]amix=inputs=2:duration=first:dropout_transition=0:normalize=0," + finish;
    }
}
