package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import io.videogen.application.port.out.RenderStepException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.DoubleConsumer;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.FloatPointer;

/**
 * A levelled narration alone on the soundtrack, AAC-encoded from its samples in memory, exactly as
 * the {@link NarrationMix} graph feeds the encoder (frames of 1,024 samples, the last one short). With a
 * {@link SilentSeam} it is encoded in two halves side by side — the first on a thread of its own, run
 * on two frames past the seam; the second on the caller's, started two frames before it — and joined
 * at the seam: the same packets, timestamps and length as one encode, which it equals up to the seam.
 */
final class SpokenAac {

    /** AAC-LC's frame. */
    static final int FRAME = 1024;
    private static final int PRE_ROLL = 2 * FRAME;
    private static final int RUN_ON = 2 * FRAME;

    /** One AAC packet, in samples of the narration's timeline. */
    record Packet(long pts, long duration, int flags, byte[] data) {
    }

    /** The packets and the stream's parameters (the caller frees them). */
    record Encoded(List<Packet> packets, AVCodecParameters parameters) {
    }

    private SpokenAac() {
    }

    /**
     * The samples in two halves joined at {@code seam} (a {@link SilentSeam}), or whole when it is -1.
     * {@code done} hears the share of the caller's encode done (0 to 1) before each of its budget's checkpoints.
     */
    static Encoded encode(float[] samples, int seam, NarrationMix mix, RenderBudget budget, DoubleConsumer done) {
        if (seam < 0) {
            return piece(samples, 0, samples.length, mix, budget, done, true);
        }
        if (seam % FRAME != 0 || seam < PRE_ROLL || seam + RUN_ON > samples.length) {
            throw new IllegalArgumentException("no seam for the soundtrack at sample " + seam);
        }
        CompletableFuture<Encoded> first = CompletableFuture.supplyAsync(
                () -> piece(samples, 0, seam + RUN_ON, mix, null, null, false), task -> {
                    Thread thread = new Thread(task, "videogen-soundtrack-first-half");
                    thread.setDaemon(true);
                    thread.start();
                });
        Encoded second;
        try {
            second = piece(samples, seam - PRE_ROLL, samples.length, mix, budget, done, true);
        } catch (RuntimeException e) {
            first.handle((encoded, failure) -> null).join();   // its encoder is freed before this fails
            throw e;
        }
        List<Packet> joined = new ArrayList<>();
        try {
            // a packet's pts is where its decoded samples start (the first packet is the encoder's priming,
            // at −FRAME): the halves meet at seam − FRAME, where the second encoder has had a frame of
            // pre-roll and the first still runs three frames on, all of it silence
            for (Packet packet : first.join().packets()) {
                if (packet.pts() < seam - FRAME) {
                    joined.add(packet);
                }
            }
        } catch (CompletionException e) {
            avcodec_parameters_free(second.parameters());
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        for (Packet packet : second.packets()) {
            if (packet.pts() >= seam - FRAME) {
                joined.add(packet);
            }
        }
        return new Encoded(joined, second.parameters());
    }

    /** Samples [from, to) encoded on this thread, the packets' pts on the narration's timeline. */
    private static Encoded piece(float[] samples, int from, int to, NarrationMix mix, RenderBudget budget,
                                 DoubleConsumer done, boolean describe) {
        AVCodecContext encoder = AacEncoder.open(mix);
        AVFrame frame = av_frame_alloc();
        AVPacket packet = av_packet_alloc();
        AVCodecParameters parameters = null;
        try {
            if (encoder.frame_size() != FRAME) {
                throw new RenderStepException("the AAC encoder wants frames of " + encoder.frame_size() + " samples", false);
            }
            if (describe) {
                parameters = avcodec_parameters_alloc();
                check(avcodec_parameters_from_context(parameters, encoder), "describing the soundtrack");
            }
            List<Packet> packets = new ArrayList<>();
            for (int at = from; at < to; at += FRAME) {
                if (budget != null) {
                    done.accept((at - from) / (double) (to - from));
                    budget.checkpoint();
                }
                int count = Math.min(FRAME, to - at);
                frame.nb_samples(count);
                frame.format(AV_SAMPLE_FMT_FLTP);
                check(av_channel_layout_copy(frame.ch_layout(), encoder.ch_layout()), "describing an audio frame");
                frame.sample_rate(encoder.sample_rate());
                check(av_frame_get_buffer(frame, 0), "allocating an audio frame");
                new FloatPointer(frame.data(0)).put(samples, at, count);
                frame.pts(at - from);
                try {
                    check(avcodec_send_frame(encoder, frame), "encoding AAC");
                } finally {
                    av_frame_unref(frame);
                }
                drain(encoder, packet, from, packets);
            }
            check(avcodec_send_frame(encoder, null), "finishing the AAC encoder");
            drain(encoder, packet, from, packets);
            Encoded encoded = new Encoded(packets, parameters);
            parameters = null;
            return encoded;
        } finally {
            if (parameters != null) {
                avcodec_parameters_free(parameters);
            }
            av_packet_free(packet);
            av_frame_free(frame);
            avcodec_free_context(encoder);
        }
    }

    private static void drain(AVCodecContext encoder, AVPacket packet, int from, List<Packet> packets) {
        while (true) {
            int result = avcodec_receive_packet(encoder, packet);
            if (result == AVERROR_EAGAIN() || result == AVERROR_EOF) {
                return;
            }
            check(result, "encoding AAC");
            byte[] data = new byte[packet.size()];
            packet.data().get(data);
            packets.add(new Packet(packet.pts() + from, packet.duration(), packet.flags(), data));
            av_packet_unref(packet);
        }
    }
}
