package io.videogen.infrastructure.media;

import io.videogen.application.port.out.VideoComposer.SoundtrackPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * A narration levelled piece by piece as the soundtrack levels it in memory (ADR 0044), then encoded through the
 * mix's graph by one encoder: the reference the in-memory encode in pieces is held against.
 */
final class LevelledThroughGraph {

    private static final MediaLimits LIMITS = new MediaLimits(Duration.ofSeconds(60), 6, 2, null);

    private LevelledThroughGraph() {
    }

    /** The narration, cut or padded to the track and levelled piece by piece as in memory, into a WAV. */
    static Path levelledWav(Path dir, Path narration, double seconds, int rate, String name) throws IOException {
        float[] laid = Arrays.copyOf(LevelledPieces.read(narration, NarrationLevel.HELD).samples(),
                (int) Math.round(seconds * rate));
        float[] levelled = LevelledPieces.level(laid, rate, -16, null).samples();
        byte[] pcm = new byte[2 * levelled.length];
        for (int i = 0; i < levelled.length; i++) {
            int value = Math.round(levelled[i] * 32768);   // the 16-bit value it was
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        Path wav = dir.resolve(name);
        try (WavSamples.Writer out = new WavSamples.Writer(wav, rate, levelled.length)) {
            out.pcm(pcm);
        }
        return wav;
    }

    /** The same levelled samples through the mix's graph into one encoder, {@code name} in {@code dir}. */
    static Path encode(Path dir, Path narration, double seconds, int rate, String name) throws IOException {
        Path wav = levelledWav(dir, narration, seconds, rate, name + ".wav");
        Path file = dir.resolve(name);
        Duration length = Duration.ofNanos(Math.round(seconds * 1e9));
        new SoundtrackWriter(new SoundtrackPlan(wav, length, null, 0, false, -16, null), LIMITS)
                .write(file, wav, new NarrationMix(length.toNanos() / 1e9, false, 0, false, -16, rate),
                        LIMITS.budgetFor("the graph", length), new int[1]);
        return file;
    }
}
