package io.videogen.infrastructure.media;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A narration held in memory, levelled piece by piece (ADR 0044): cut at every {@link SilentSeam}, each piece's
 * sound (from its first sample that is not zero to its last) brought to the loudness target by a gain of its own
 * and limited on its own ({@link NarrationLevel}), so that an edit never moves another piece's levelling. The
 * levelled sound is kept in the workspace named by the sound as it was laid and the levelling's settings: a
 * piece found there skips the loudness measurement, the limiter and the true peaks, wherever in the track and at
 * whatever phase against the AAC frames its sound now is. A piece is levelled only when asked
 * ({@link Track#level}): one whose AAC is found kept needs no levelled samples (ADR 0046).
 */
final class LevelledPieces {

    /** Bumped when the levelling or the kept file changes. */
    private static final String VERSION = "level-piece-1";
    private static final int MAGIC = 0x56474C56;   // "VGLV"

    /** A narration's samples as its WAV gives them (sample / 32768) and its rate. */
    record Narration(float[] samples, int rate) {
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
            in.next(samples);
            return new Narration(samples, Math.round(in.format().getSampleRate()));
        }
    }

    /**
     * {@code laid} cut at its seams, each piece's sound found and, when {@code directory} is not null, named
     * (a SHA-256 of its samples as laid and the levelling's settings); nothing is levelled yet.
     */
    static Track cut(float[] laid, int rate, double targetLufs, Path directory) {
        return new Track(laid, rate, targetLufs, directory);
    }

    /**
     * {@code laid} levelled piece by piece to {@code targetLufs}, each piece's levelled sound taken from
     * {@code directory} when kept there and kept there when levelled (null: none kept). Each sample is as the
     * 16-bit levelled WAV would give it back.
     */
    static Track level(float[] laid, int rate, double targetLufs, Path directory) {
        Track track = cut(laid, rate, targetLufs, directory);
        for (int piece = 0; piece < track.pieces(); piece++) {
            track.level(piece);
        }
        return track;
    }

    /**
     * A laid narration cut at its seams (in the silences, the same before and after levelling), its pieces
     * levelled as they are asked for into {@link #samples()}. Not for several threads: its pieces are levelled
     * on one, before the samples are read on others.
     */
    static final class Track {

        private final float[] laid;
        private final int rate;
        private final double targetLufs;
        private final Path directory;
        private final int[] seams;
        private final int[] soundFrom;
        private final int[] soundTo;
        private final String[] names;
        private final boolean[] asked;
        private final float[] levelled;
        private int made;

        private Track(float[] laid, int rate, double targetLufs, Path directory) {
            this.laid = laid;
            this.rate = rate;
            this.targetLufs = targetLufs;
            this.directory = directory;
            this.seams = SilentSeam.all(laid, SpokenAac.FRAME);
            this.soundFrom = new int[seams.length + 1];
            this.soundTo = new int[seams.length + 1];
            this.names = new String[seams.length + 1];
            this.asked = new boolean[seams.length + 1];
            this.levelled = new float[laid.length];
            String settings = VERSION + "|" + rate + "|" + targetLufs + "|" + NarrationLevel.settings();
            for (int i = 0; i <= seams.length; i++) {
                int from = i == 0 ? 0 : seams[i - 1];
                int to = i == seams.length ? laid.length : seams[i];
                while (from < to && laid[from] == 0f) {
                    from++;
                }
                while (to > from && laid[to - 1] == 0f) {
                    to--;
                }
                soundFrom[i] = from;
                soundTo[i] = to;
                names[i] = directory == null || from == to ? null : KeptFile.name(settings, laid, from, to);
            }
        }

        /** Where the AAC may be cut: ascending, in exact zeros. */
        int[] seams() {
            return seams;
        }

        /** The pieces: one more than the seams. */
        int pieces() {
            return seams.length + 1;
        }

        /** The track's samples, levelled where its pieces were asked for; silence elsewhere. */
        float[] samples() {
            return levelled;
        }

        /** Pieces with sound whose levelling was not done: found kept, or not needed (their AAC was found). */
        int kept() {
            int sounds = 0;
            for (int i = 0; i < pieces(); i++) {
                sounds += soundFrom[i] < soundTo[i] ? 1 : 0;
            }
            return sounds - made;
        }

        /** Pieces with sound levelled here. */
        int levelled() {
            return made;
        }

        /**
         * What samples [from, to) of the levelled track hold when they take in the {@code piece}'s sound and
         * nothing else — its levelled sound and where in them it lies —, named without levelling it; null when
         * nothing is kept. The span's levelled samples are a function of this name: silence but for the piece's
         * sound, levelled by its sound as laid and the levelling's settings.
         */
        String content(int piece, int from, int to) {
            if (directory == null) {
                return null;
            }
            if (from > soundFrom[piece] || to < soundTo[piece]) {
                throw new IllegalArgumentException("samples " + from + "-" + to + " cut piece " + piece + "'s sound");
            }
            return (names[piece] == null ? "silence" : names[piece] + "@" + (soundFrom[piece] - from)) + "|" + (to - from);
        }

        /** The piece's sound levelled into {@link #samples()}: found kept or levelled (and kept). */
        void level(int piece) {
            int from = soundFrom[piece];
            int to = soundTo[piece];
            if (asked[piece] || from == to) {
                return;   // silence stays silence
            }
            asked[piece] = true;
            Path file = names[piece] == null ? null : directory.resolve("level-" + names[piece] + ".bin");
            short[] sound = file == null ? null : find(file, to - from);
            if (sound == null) {
                sound = levelledAlone(laid, from, to, rate, targetLufs);
                made++;
                if (file != null) {
                    keep(file, sound);
                }
            }
            for (int n = 0; n < sound.length; n++) {
                levelled[from + n] = sound[n] / 32768f;   // as the 16-bit WAV gives it back
            }
        }
    }

    /**
     * One piece's sound levelled on its own, as 16-bit values: measured with three of the meter's 100 ms steps
     * of silence on each side, so that the gating blocks that take in its first and last words partly, as the
     * programme's blocks do wherever the piece lies, are measured too (without them a test's programme of three
     * scenes, each at the target alone, read 0.45 LU under it; with them, 0.08 LU).
     */
    private static short[] levelledAlone(float[] laid, int from, int to, int rate, double targetLufs) {
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
