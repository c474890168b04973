package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.VideoComposer.SoundtrackPieces;
import io.videogen.application.port.out.VideoComposer.SoundtrackPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.IntConsumer;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.Pointer;

/**
 * The video's whole soundtrack, encoded once: narration (and music) mixed to the loudness target
 * and encoded as AAC into an audio-only MP4, as long as the video. The final pass then only copies
 * its packets, so it can be made while the scenes' pictures are still being encoded.
 */
final class SoundtrackWriter {

    private final SoundtrackPlan plan;
    private final MediaLimits limits;

    SoundtrackWriter(SoundtrackPlan plan, MediaLimits limits) {
        if (plan.narration() == null) {
            throw new RenderStepException("there is no narration to make a soundtrack of", false);
        }
        if (plan.length() == null || plan.length().isNegative() || plan.length().isZero()) {
            throw new RenderStepException("a soundtrack needs a positive length, not " + plan.length(), false);
        }
        this.plan = plan;
        this.limits = limits;
    }

    SoundtrackPieces writeTo(Path file, IntConsumer percentDone) {
        return writeTo(file, percentDone, NarrationLevel.HELD);
    }

    /**
     * As {@link #writeTo(Path, IntConsumer)}: a narration alone of at most {@code heldUpTo} samples is
     * levelled and encoded in memory ({@link SpokenAac}); a longer one is levelled into a WAV beside the
     * file and encoded through the mix's graph, as is a narration with music (loudnorm).
     */
    SoundtrackPieces writeTo(Path file, IntConsumer percentDone, int heldUpTo) {
        NativeMedia.load();
        double seconds = plan.length().toNanos() / 1e9;
        int[] written = {0};
        RenderBudget budget = limits.budgetFor("mixing the soundtrack", plan.length())
                .listenedBy(() -> percentDone.accept(written[0]));
        Path narration = plan.narration();
        boolean spoken = plan.music() == null && NarrationLevel.supports(narration);
        LevelledPieces.Narration held = null;
        if (spoken) {
            try {
                held = LevelledPieces.read(narration, heldUpTo);
            } catch (IOException | RuntimeException e) {
                spoken = false;   // loudnorm levels it instead
            }
        }
        if (held != null) {
            percentDone.accept(20);
            return writeSpoken(file, held, mix(seconds, held.rate()), budget, written);
        }
        // what finished encoders freed goes back to the system before a long narration is levelled or the graph
        // runs: glibc keeps it otherwise, and a long 1080p render's peak was the two together. Not for a held
        // narration (at most 87 s, a short render's): it cost a warm re-render ~55 ms of CPU (ADR 0046)
        Pointer.trimMemory();
        Path levelled = null;
        int levelledRate = 0;
        if (spoken) {
            try {
                levelled = file.resolveSibling(file.getFileName() + ".narration.wav");
                levelledRate = NarrationLevel.level(narration, plan.loudnessTarget(), levelled);
                narration = levelled;
            } catch (IOException | RuntimeException e) {
                deleteQuietly(levelled);
                levelled = null;
                levelledRate = 0;   // loudnorm does it instead
            }
        }
        try {
            // inside the try: a listener that throws to stop the work must not leave the levelled copy
            percentDone.accept(20);
            write(file, narration, mix(seconds, levelledRate), budget, written);
            return SoundtrackPieces.NONE;
        } finally {
            deleteQuietly(levelled);
        }
    }

    private NarrationMix mix(double seconds, int levelledRate) {
        return new NarrationMix(seconds, plan.music() != null, plan.musicVolume(), plan.ducking(),
                plan.loudnessTarget(), levelledRate);
    }

    /** A narration (levelled, when the mix says so) through the mix's graph into one encoder. */
    void write(Path file, Path narration, NarrationMix mix, RenderBudget budget, int[] written) {
        String musicDemuxer = plan.music() == null ? null : MediaType.sniff(plan.music()).demuxer();
        AVPacket packet = av_packet_alloc();
        try (MediaOutput output = MediaOutput.mp4(file);
             AudioTrack audio = new AudioTrack(narration, plan.music(), musicDemuxer, mix, limits.threads())) {
            AVStream stream = output.newStream();
            check(avcodec_parameters_from_context(stream.codecpar(), audio.encoder()), "describing the soundtrack");
            stream.time_base(audio.encoder().time_base());
            output.start(false);
            double rate = audio.encoder().time_base().den() / (double) audio.encoder().time_base().num();
            while (audio.next(packet, budget)) {
                written[0] = (int) Math.min(99, Math.max(20, 20 + Math.round(80 * packet.pts() / rate / mix.seconds())));
                av_packet_rescale_ts(packet, audio.encoder().time_base(), stream.time_base());
                packet.stream_index(stream.index());
                output.write(packet, "the soundtrack");
            }
            output.finish();
        } finally {
            av_packet_free(packet);
        }
    }

    /**
     * The narration, padded or cut to the video's length as the graph would, levelled piece by piece (ADR 0044)
     * and encoded from memory in pieces cut in its silences, each found kept or encoded (on two threads when the
     * limits allow them; ADR 0042); a piece whose AAC is found kept is not levelled (ADR 0046).
     */
    private SoundtrackPieces writeSpoken(Path file, LevelledPieces.Narration narration, NarrationMix mix,
                                         RenderBudget budget, int[] written) {
        float[] laid = narration.samples().length == mix.samples() ? narration.samples()
                : Arrays.copyOf(narration.samples(), mix.samples());
        LevelledPieces.Track track = LevelledPieces.cut(laid, narration.rate(), plan.loudnessTarget(),
                plan.keptPieces());
        SpokenAac.Encoded encoded = SpokenAac.encode(track, mix, KeptAacPieces.in(plan.keptPieces()),
                limits.threads(), budget,
                done -> written[0] = (int) Math.min(99, 20 + Math.round(79 * done)));
        AVPacket packet = av_packet_alloc();
        try (MediaOutput output = MediaOutput.mp4(file)) {
            AVStream stream = output.newStream();
            check(avcodec_parameters_copy(stream.codecpar(), encoded.parameters()), "describing the soundtrack");
            AVRational samplesBase = av_make_q(1, mix.sampleRate());
            stream.time_base(samplesBase);
            output.start(false);
            for (SpokenAac.Packet aac : encoded.packets()) {
                check(av_new_packet(packet, aac.data().length), "holding an AAC packet");
                packet.data().put(aac.data());
                packet.pts(aac.pts());
                packet.dts(aac.pts());
                packet.duration(aac.duration());
                packet.flags(aac.flags());
                av_packet_rescale_ts(packet, samplesBase, stream.time_base());
                packet.stream_index(stream.index());
                output.write(packet, "the soundtrack");
            }
            output.finish();
        } finally {
            av_packet_free(packet);
            avcodec_parameters_free(encoded.parameters());
        }
        return new SoundtrackPieces(encoded.kept(), encoded.encoded(), track.kept(), track.levelled());
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover levelled narration beside a partial file is harmless
            }
        }
    }
}
