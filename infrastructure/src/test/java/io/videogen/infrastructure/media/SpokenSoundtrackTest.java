package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;

import io.videogen.application.port.out.VideoComposer.SoundtrackPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The levelled narration's AAC encoded from memory (ADRs 0035, 0042, 0044): whole, the graph's encode of the same
 * levelled samples to the byte; in
 * pieces joined in a silence, the whole encode's packets and timestamps, its decoded samples up to the
 * seam, silence across the seam, and as close to the narration after it; the same bytes on one thread or two.
 */
class SpokenSoundtrackTest {

    private static final int RATE = 48_000;
    private static final MediaLimits TWO_THREADS = new MediaLimits(Duration.ofSeconds(60), 6, 2, null);
    private static final MediaLimits ONE_THREAD = new MediaLimits(Duration.ofSeconds(60), 6, 1, null);

    @TempDir
    Path dir;

    /** Speech-like: noise shaped by a syllable envelope, with pauses of digital silence where {@code silent}. */
    private static IntToDoubleFunction speech(double seconds, double[][] silences) {
        float[] noise = new float[(int) (seconds * RATE) + 1];
        Random random = new Random(16);
        double low = 0;
        for (int n = 0; n < noise.length; n++) {
            low = 0.8 * low + 0.2 * random.nextGaussian();   // most of the energy below a few kHz, as a voice's
            double t = (double) n / RATE;
            double syllables = 0.5 + 0.5 * Math.sin(2 * Math.PI * 4 * t);
            noise[n] = (float) (0.25 * syllables * low + 0.1 * Math.sin(2 * Math.PI * 180 * t) * syllables);
        }
        return n -> {
            double t = (double) n / RATE;
            for (double[] silence : silences) {
                if (t >= silence[0] && t < silence[1]) {
                    return 0;
                }
            }
            return noise[n];
        };
    }

    private Path soundtrack(Path narration, double seconds, MediaLimits limits, int heldUpTo, String name) {
        Path file = dir.resolve(name);
        new SoundtrackWriter(new SoundtrackPlan(narration, Duration.ofNanos(Math.round(seconds * 1e9)), null, 0, false,
                -16, null), limits).writeTo(file, p -> { }, heldUpTo);
        return file;
    }

    private Path throughGraph(Path narration, double seconds, String name) throws IOException {
        return LevelledThroughGraph.encode(dir, narration, seconds, RATE, name);
    }

    @Test
    void encodedWholeFromMemoryIsTheGraphsEncodeToTheByte() throws IOException {
        // no silence to join in: one encode, padded (the track longer than the narration) or cut (shorter)
        Path narration = TestMedia.wav(dir, "narration.wav", RATE, 6.0, speech(6.0, new double[0][]));
        for (double seconds : new double[] {6.5, 5.2345678, 6.0}) {
            Path graph = throughGraph(narration, seconds, "graph-" + seconds + ".m4a");
            Path memory = soundtrack(narration, seconds, TWO_THREADS, NarrationLevel.HELD, "memory-" + seconds + ".m4a");
            assertThat(Files.mismatch(graph, memory)).as("%s s", seconds).isEqualTo(-1);
        }
    }

    @Test
    void oneThreadCutsTheSamePiecesAsTwo() throws IOException {
        // the pieces are cut by the narration's silences, not by the threads: a worker with other limits makes
        // the same soundtrack (ADR 0042)
        Path narration = TestMedia.wav(dir, "narration.wav", RATE, 8.0,
                speech(8.0, new double[][] {{2.0, 2.8}, {3.6, 4.4}, {6.0, 6.9}}));
        Path one = soundtrack(narration, 8.0, ONE_THREAD, NarrationLevel.HELD, "one.m4a");
        Path two = soundtrack(narration, 8.0, TWO_THREADS, NarrationLevel.HELD, "two.m4a");
        assertThat(Files.mismatch(one, two)).isEqualTo(-1);
        Path graph = soundtrack(narration, 8.0, ONE_THREAD, 0, "graph.m4a");
        assertThat(Files.mismatch(graph, one)).as("four pieces, not one encode").isNotEqualTo(-1);
    }

    @Test
    void halvesJoinedInASilenceDecodeAsTheWholeEncodeUpToTheSeamAndSilentAcrossIt() throws IOException {
        double seconds = 12.0;
        Path narration = TestMedia.wav(dir, "narration.wav", RATE, seconds, speech(seconds, new double[][] {{5.5, 6.4}}));
        Path whole = throughGraph(narration, seconds, "whole.m4a");
        Path joined = soundtrack(narration, seconds, TWO_THREADS, NarrationLevel.HELD, "joined.m4a");
        Path levelledWav = LevelledThroughGraph.levelledWav(dir, narration, seconds, RATE, "levelled.wav");
        float[] levelled = new float[(int) (seconds * RATE)];
        try (WavSamples in = WavSamples.open(levelledWav)) {
            for (int i = 0; i < levelled.length; i++) {
                levelled[i] = in.next();
            }
        }
        // two seams in the silence: after the sound before it and before the sound after it (ADR 0052), the silence
        // between them a piece of its own
        int[] seams = SilentSeam.all(levelled, SpokenAac.FRAME);
        assertThat(seams).hasSize(2);
        int seam = seams[0];
        int last = seams[1];
        assertThat(seam).isBetween((int) (5.5 * RATE), (int) (6.4 * RATE));
        assertThat(last).isBetween(seam + SpokenAac.FRAME, (int) (6.4 * RATE));

        // the same packets by count, timestamps and durations: the same length to the sample
        List<long[]> wholePackets = packets(whole);
        List<long[]> joinedPackets = packets(joined);
        assertThat(joinedPackets).hasSameSizeAs(wholePackets);
        for (int i = 0; i < wholePackets.size(); i++) {
            assertThat(Arrays.copyOf(joinedPackets.get(i), 2)).as("packet %d's pts and duration", i)
                    .containsExactly(Arrays.copyOf(wholePackets.get(i), 2));
        }
        assertThat(Files.mismatch(whole, joined)).as("the second half is its own encode").isNotEqualTo(-1);

        float[] wholeSound = SoundMeter.leftChannel(whole);
        float[] joinedSound = SoundMeter.leftChannel(joined);
        // (decoded with the last packet's padding: the edit list cuts it on playback)
        assertThat(joinedSound.length).isEqualTo(wholeSound.length).isGreaterThanOrEqualTo(levelled.length);
        // up to the frame before the seam, the same encoder's samples
        int before = seam - 2 * SpokenAac.FRAME;
        assertThat(Arrays.mismatch(Arrays.copyOf(joinedSound, before), Arrays.copyOf(wholeSound, before))).isEqualTo(-1);
        // across the seams, the silence the narration has there: no click can be heard (up to a frame before the
        // sound after the last seam: the encoder's window of the sound's first frame reaches a frame before it)
        float loudest = 0;
        for (int i = seam - 3 * SpokenAac.FRAME; i < last + 3 * SpokenAac.FRAME; i++) {
            loudest = Math.max(loudest, Math.abs(joinedSound[i]));
        }
        assertThat(loudest).isZero();
        assertThat(Arrays.mismatch(joinedSound, wholeSound)).as("the halves differ after the seam").isGreaterThan(before);
        // after it, as close to the levelled narration as the whole encode (a different encoder's rate control)
        double wholeAfter = snr(levelled, wholeSound, last, levelled.length);
        double joinedAfter = snr(levelled, joinedSound, last, levelled.length);
        assertThat(joinedAfter).isGreaterThan(wholeAfter - 0.5).isGreaterThan(15);
    }

    @Test
    void aSoundtrackInHalvesStoppedHalfWayStopsAndLeavesNoFile() {
        Path narration = TestMedia.wav(dir, "narration.wav", RATE, 8.0, speech(8.0, new double[][] {{3.6, 4.4}}));
        Path file = dir.resolve("stopped.m4a");
        int[] highest = {0};
        assertThatThrownBy(() -> new SoundtrackWriter(new SoundtrackPlan(narration, Duration.ofSeconds(8), null, 0, false,
                -16, null), TWO_THREADS).writeTo(file, percent -> {
                    highest[0] = Math.max(highest[0], percent);
                    if (percent >= 50) {
                        throw new IllegalStateException("stopped");
                    }
                })).hasMessage("stopped");
        assertThat(highest[0]).isBetween(50, 99);
        assertThat(file).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.partial*");
    }

    @Test
    void findsTheBoundariesFarEnoughIntoEachSilenceFromTheSoundsOnEitherSide() {
        float[] sound = new float[100 * 1024];
        Arrays.fill(sound, 0.1f);
        Arrays.fill(sound, 5 * 1024 + 7, 20 * 1024, 0f);
        Arrays.fill(sound, 40 * 1024 + 300, 54 * 1024 - 5, 0f);
        Arrays.fill(sound, 60 * 1024, 67 * 1024, 0f);        // 7 frames: too short for 4 on each side
        Arrays.fill(sound, 70 * 1024, 100 * 1024, 0f);       // to the end

        // between two sounds, the first boundary 4 frames after the one before and the last 4 frames before the one
        // after (ADR 0052); to the end, the first after the sound before it
        assertThat(SilentSeam.all(sound, 1024)).containsExactly(10 * 1024, 16 * 1024, 45 * 1024, 49 * 1024, 74 * 1024);
        Arrays.fill(sound, 0, 9 * 1024, 0f);                 // silent from the start: the last boundary before the sound
        Arrays.fill(sound, 70 * 1024, 100 * 1024, 0.1f);
        assertThat(SilentSeam.all(sound, 1024)).containsExactly(16 * 1024, 45 * 1024, 49 * 1024);
        Arrays.fill(sound, 0, 20 * 1024, 0.1f);
        Arrays.fill(sound, 0, 8 * 1024, 0f);                 // one boundary far enough in: 4 frames from both ends
        assertThat(SilentSeam.all(sound, 1024)).containsExactly(4 * 1024, 45 * 1024, 49 * 1024);
        Arrays.fill(sound, 0.1f);
        assertThat(SilentSeam.all(sound, 1024)).isEmpty();
    }

    private static double snr(float[] reference, float[] sound, int from, int to) {
        double signal = 0;
        double error = 0;
        for (int i = from; i < to; i++) {
            signal += reference[i] * (double) reference[i];
            double difference = reference[i] - (double) sound[i];
            error += difference * difference;
        }
        return 10 * Math.log10(signal / error);
    }

    /** Every audio packet's pts, duration and size. */
    private static List<long[]> packets(Path file) {
        List<long[]> packets = new ArrayList<>();
        try (MediaInput input = MediaInput.open(file, "mov")) {
            int audio = input.streamOf(AVMEDIA_TYPE_AUDIO);
            AVPacket packet = av_packet_alloc();
            while (av_read_frame(input.context(), packet) >= 0) {
                if (packet.stream_index() == audio) {
                    packets.add(new long[] {packet.pts(), packet.duration(), packet.size()});
                }
                av_packet_unref(packet);
            }
            av_packet_free(packet);
        }
        return packets;
    }
}
