package io.videogen.infrastructure.media;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A narration held in memory, levelled piece by piece (ADR 0044): cut at every {@link SilentSeam}, each piece's
 * sound (from its first sample that is not zero to its last) brought to the loudness target by a gain of its own
 * and limited on its own ({@link NarrationLevel}), so that an edit never moves another piece's levelling. The
 * levelled sound is kept in the workspace named by the sound as it was laid and the levelling's settings: a
 * piece found there skips the loudness measurement, the limiter and the true peaks, wherever in the track and at
 * whatever phase against the AAC frames its sound now is.
 */
final class LevelledPieces {

    /** Bumped when the levelling or the kept file changes. */
    private static final String VERSION = "level-piece-1";
    private static final int MAGIC = 0x56474C56;   // "VGLV"

    /** A narration's samples as its WAV gives them (sample / 32768) and its rate. */
    record Narration(float[] samples, int rate) {
    }

    /**
     * The levelled track, its seams (in the silences, the same before and after levelling), and how many of its
     * pieces with sound were found levelled and how many were levelled.
     */
    record Track(float[] samples, int[] seams, int kept, int levelled) {
    }

    private LevelledPieces() {
    }

    /** The narration read whole, or null when it is longer than {@code heldUpTo} samples. */
    static Narration read(Path wav, int heldUpTo) throws IOException {
        try (WavSamples in = WavSamples.open(wav)) {
            int length = in.length();
            if (length > heldUpTo) {
                return null;
            }
            float[] samples = new float[length];
            for (int i = 0; i < length; i++) {
                samples[i] = in.next();
            }
            return new Narration(samples, Math.round(in.format().getSampleRate()));
        }
    }

    /**
     * {@code laid} levelled piece by piece to {@code targetLufs}, each piece's levelled sound taken from
     * {@code directory} when kept there and kept there when levelled (null: none kept). Each sample is as the
     * 16-bit levelled WAV would give it back.
     */
    static Track level(float[] laid, int rate, double targetLufs, Path directory) {
        int[] seams = SilentSeam.all(laid, SpokenAac.FRAME);
        float[] levelled = new float[laid.length];
        String settings = VERSION + "|" + rate + "|" + targetLufs + "|" + NarrationLevel.settings();
        int kept = 0;
        int made = 0;
        for (int i = 0; i <= seams.length; i++) {
            int from = i == 0 ? 0 : seams[i - 1];
            int to = i == seams.length ? laid.length : seams[i];
            while (from < to && laid[from] == 0f) {
                from++;
            }
            while (to > from && laid[to - 1] == 0f) {
                to--;
            }
            if (from == to) {
                continue;   // silence stays silence
            }
            Path file = directory == null ? null
                    : directory.resolve("level-" + KeptFile.name(settings, laid, from, to) + ".bin");
            short[] sound = file == null ? null : find(file, to - from);
            if (sound != null) {
                kept++;
            } else {
                sound = levelled(laid, from, to, rate, targetLufs);
                made++;
                if (file != null) {
                    keep(file, sound);
                }
            }
            for (int n = 0; n < sound.length; n++) {
                levelled[from + n] = sound[n] / 32768f;   // as the 16-bit WAV gives it back
            }
        }
        return new Track(levelled, seams, kept, made);
    }

    /**
     * One piece's sound levelled on its own, as 16-bit values: measured with three of the meter's 100 ms steps
     * of silence on each side, so that the gating blocks that take in its first and last words partly, as the
     * programme's blocks do wherever the piece lies, are measured too (without them a test's programme of three
     * scenes, each at the target alone, read 0.45 LU under it; with them, 0.08 LU).
     */
    private static short[] levelled(float[] laid, int from, int to, int rate, double targetLufs) {
        // a sound shorter than one 400 ms gating block is measured alone, which the meter cannot: no gain, only
        // the limiter (NarrationLevel), rather than a gain from blocks that are mostly the silence around it
        int margin = to - from < Math.round(rate * 0.4f) ? 0 : 3 * Math.round(rate * 0.1f);
        float[] sound = new float[margin + (to - from) + margin];
        System.arraycopy(laid, from, sound, margin, to - from);
        float[] levelled = NarrationLevel.level(sound, rate, targetLufs);
        short[] pcm = new short[to - from];
        for (int n = 0; n < pcm.length; n++) {
            pcm[n] = (short) WavSamples.Writer.pcm(levelled[margin + n]);
        }
        return pcm;
    }

    private static short[] find(Path file, int length) {
        return KeptFile.find(file, in -> {
            if (in.readInt() != MAGIC || in.readInt() != length) {
                return null;
            }
            short[] sound = new short[length];
            byte[] bytes = new byte[2 * length];
            in.readFully(bytes);
            for (int n = 0; n < length; n++) {
                sound[n] = (short) ((bytes[2 * n] & 255) | (bytes[2 * n + 1] << 8));
            }
            return sound;
        });
    }

    private static void keep(Path file, short[] sound) {
        KeptFile.keep(file, out -> {
            out.writeInt(MAGIC);
            out.writeInt(sound.length);
            byte[] bytes = new byte[2 * sound.length];
            for (int n = 0; n < sound.length; n++) {
                bytes[2 * n] = (byte) sound[n];
                bytes[2 * n + 1] = (byte) (sound[n] >> 8);
            }
            out.write(bytes);
        });
    }
}
