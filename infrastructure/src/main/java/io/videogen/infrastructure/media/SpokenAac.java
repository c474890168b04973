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
 * the {@link NarrationMix} graph feeds the encoder (frames of 1,024 samples, the last one short). Cut at
 * {@link SilentSeam}s into pieces (ADR 0042, generalising ADR 0035's two halves), each encoded by an
 * encoder of its own started two frames before its seam and run on two frames past the next, all in
 * silence, and joined there; a piece whose samples and settings were encoded before is taken from the
 * {@link KeptAacPieces} instead. The pieces to encode are shared between the caller's thread and one of
 * their own when the limits allow two.
 */
final class SpokenAac {

    /** AAC-LC's frame. */
    static final int FRAME = 1024;
    private static final int PRE_ROLL = 2 * FRAME;
    private static final int RUN_ON = 2 * FRAME;

    /** One AAC packet, in samples of the narration's timeline. */
    record Packet(long pts, long duration, int flags, byte[] data) {

        Packet moved(long by) {
            return new Packet(pts + by, duration, flags, data);
        }
    }

    /** The packets and the stream's parameters (the caller frees them), and how many pieces were kept or encoded. */
    record Encoded(List<Packet> packets, AVCodecParameters parameters, int kept, int encoded) {
    }

    /**
     * Samples [from, to) of the track, around its {@code index}th piece, whose packets from {@code keepFrom} to
     * before {@code keepTo} are joined.
     */
    private record Piece(int index, int from, int to, long keepFrom, long keepTo, String key) {

        long length() {
            return to - from;
        }
    }

    private SpokenAac() {
    }

    /**
     * The track in pieces joined at its seams ({@link SilentSeam#all}, ascending; none: one encode), kept pieces
     * taken from {@code kept} (null: none) and encoded ones kept there, on up to {@code threads} threads; only
     * the pieces to encode are levelled ({@link LevelledPieces.Track#level}, on the caller's thread, before any
     * encoding). {@code done} hears the share of the caller's encode done (0 to 1) before each of its budget's
     * checkpoints.
     */
    static Encoded encode(LevelledPieces.Track track, NarrationMix mix, KeptAacPieces kept, int threads,
                          RenderBudget budget, DoubleConsumer done) {
        List<Piece> pieces = pieces(track, mix, kept);
        List<List<Packet>> made = new ArrayList<>();
        List<Piece> missing = new ArrayList<>();
        for (Piece piece : pieces) {
            List<Packet> found = kept == null ? null : kept.find(piece.key());
            made.add(found);
            if (found == null) {
                missing.add(piece);
                track.level(piece.index());
            }
        }
        float[] samples = track.samples();
        List<Piece> aside = threads > 1 ? aside(missing) : List.of();
        CompletableFuture<List<List<Packet>>> first = aside.isEmpty() ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> encodeAll(samples, aside, mix, kept, null, null), task -> {
                    Thread thread = new Thread(task, "videogen-soundtrack-pieces");
                    thread.setDaemon(true);
                    thread.start();
                });
        List<Piece> here = missing.subList(aside.size(), missing.size());
        List<List<Packet>> mine;
        try {
            mine = encodeAll(samples, here, mix, kept, budget, done);
        } catch (RuntimeException e) {
            first.handle((encoded, failure) -> null).join();   // its encoders are freed before this fails
            throw e;
        }
        List<List<Packet>> theirs;
        try {
            theirs = first.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        List<Packet> joined = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            List<Packet> relative = made.get(i);
            if (relative == null) {
                relative = next < theirs.size() ? theirs.get(next) : mine.get(next - theirs.size());
                next++;
            }
            // a packet's pts is where its decoded samples start (the first packet is the encoder's priming, at
            // −FRAME): pieces meet at seam − FRAME, where the next encoder has had a frame of pre-roll and this
            // one still runs three frames on, all of it silence
            for (Packet packet : relative) {
                long pts = packet.pts() + piece.from();
                if (pts >= piece.keepFrom() && pts < piece.keepTo()) {
                    joined.add(packet.moved(piece.from()));
                }
            }
        }
        return new Encoded(joined, describe(mix), pieces.size() - missing.size(), missing.size());
    }

    private static List<Piece> pieces(LevelledPieces.Track track, NarrationMix mix, KeptAacPieces kept) {
        int[] seams = track.seams();
        int length = track.samples().length;
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i <= seams.length; i++) {
            int start = i == 0 ? 0 : seams[i - 1];
            int end = i == seams.length ? length : seams[i];
            if (i < seams.length && (end % FRAME != 0 || end < PRE_ROLL || end + RUN_ON > length || end <= start)) {
                throw new IllegalArgumentException("no seam for the soundtrack at sample " + end);
            }
            int from = i == 0 ? 0 : start - PRE_ROLL;
            int to = i == seams.length ? length : end + RUN_ON;
            // the span's levelled samples named by what they are made of, not hashed (ADR 0046): its pre-roll and
            // run-on lie in the silence that a seam has on both sides, so it holds this piece's sound alone
            pieces.add(new Piece(i, from, to, i == 0 ? Long.MIN_VALUE : start - FRAME,
                    i == seams.length ? Long.MAX_VALUE : end - FRAME,
                    kept == null ? null : KeptAacPieces.key(track.content(i, from, to), mix)));
        }
        return pieces;
    }

    /** The first of the pieces to encode, about half of their samples, for a thread of their own. */
    private static List<Piece> aside(List<Piece> missing) {
        long total = missing.stream().mapToLong(Piece::length).sum();
        long taken = 0;
        int count = 0;
        // a piece goes aside while its middle is in the first half; the caller keeps at least the last one
        while (count < missing.size() - 1 && 2 * taken + missing.get(count).length() <= total) {
            taken += missing.get(count).length();
            count++;
        }
        return missing.subList(0, count);
    }

    /** Each piece encoded on this thread, its packets' pts from its start, and kept. */
    private static List<List<Packet>> encodeAll(float[] samples, List<Piece> pieces, NarrationMix mix,
                                                KeptAacPieces kept, RenderBudget budget, DoubleConsumer done) {
        long total = pieces.stream().mapToLong(Piece::length).sum();
        long before = 0;
        List<List<Packet>> encoded = new ArrayList<>();
        for (Piece piece : pieces) {
            long offset = before;
            DoubleConsumer share = done == null ? null
                    : part -> done.accept((offset + part * piece.length()) / total);
            List<Packet> packets = piece(samples, piece.from(), piece.to(), mix, budget, share);
            if (kept != null) {
                kept.keep(piece.key(), packets);
            }
            encoded.add(packets);
            before += piece.length();
        }
        return encoded;
    }

    /** The stream's parameters, as every encoder of these settings describes it (the caller frees them). */
    private static AVCodecParameters describe(NarrationMix mix) {
        AVCodecContext encoder = AacEncoder.open(mix);
        AVCodecParameters parameters = avcodec_parameters_alloc();
        try {
            check(avcodec_parameters_from_context(parameters, encoder), "describing the soundtrack");
            return parameters;
        } catch (RuntimeException e) {
            avcodec_parameters_free(parameters);
            throw e;
        } finally {
            avcodec_free_context(encoder);
        }
    }

    /** Samples [from, to) encoded on this thread, the packets' pts from {@code from}. */
    private static List<Packet> piece(float[] samples, int from, int to, NarrationMix mix, RenderBudget budget,
                                      DoubleConsumer done) {
        AVCodecContext encoder = AacEncoder.open(mix);
        AVFrame frame = av_frame_alloc();
        AVPacket packet = av_packet_alloc();
        try {
            if (encoder.frame_size() != FRAME) {
                throw new RenderStepException("the AAC encoder wants frames of " + encoder.frame_size() + " samples", false);
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
                drain(encoder, packet, packets);
            }
            check(avcodec_send_frame(encoder, null), "finishing the AAC encoder");
            drain(encoder, packet, packets);
            return packets;
        } finally {
            av_packet_free(packet);
            av_frame_free(frame);
            avcodec_free_context(encoder);
        }
    }

    private static void drain(AVCodecContext encoder, AVPacket packet, List<Packet> packets) {
        while (true) {
            int result = avcodec_receive_packet(encoder, packet);
            if (result == AVERROR_EAGAIN() || result == AVERROR_EOF) {
                return;
            }
            check(result, "encoding AAC");
            byte[] data = new byte[packet.size()];
            packet.data().get(data);
            packets.add(new Packet(packet.pts(), packet.duration(), packet.flags(), data));
            av_packet_unref(packet);
        }
    }
}
