package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.domain.media.Resolution;
import java.util.function.Consumer;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * One libx264 encoder through libavcodec, for one or more closed GOPs of a segment. Encoders of one
 * segment differ in their rate factor and preset ({@link X264Settings}) but write the same parameter
 * sets ({@code stitchable}, and the settings' own parameters), so their GOPs form one stream.
 */
final class X264Encoder implements AutoCloseable {

    private final AVCodecContext context;

    X264Encoder(Resolution frame, int fps, X264Settings.Coding coding, int threads, boolean globalHeader) {
        AVCodec codec = avcodec_find_encoder_by_name("libx264");
        if (codec == null) {
            throw new RenderStepException("the bundled FFmpeg has no libx264 encoder", false);
        }
        context = avcodec_alloc_context3(codec);
        context.width(frame.width());
        context.height(frame.height());
        context.pix_fmt(AV_PIX_FMT_YUV420P);
        context.time_base(av_make_q(1, fps));
        context.framerate(av_make_q(fps, 1));
        context.sample_aspect_ratio(av_make_q(1, 1));
        // swscale converts RGB with BT.601 limited-range coefficients; say so, players then agree.
        context.color_range(AVCOL_RANGE_MPEG);
        context.colorspace(AVCOL_SPC_SMPTE170M);
        context.color_primaries(AVCOL_PRI_SMPTE170M);
        context.color_trc(AVCOL_TRC_SMPTE170M);
        context.thread_count(threads);
        if (globalHeader) {
            context.flags(context.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "preset", coding.preset(), 0);
        av_dict_set(options, "crf", Integer.toString(coding.crf()), 0);
        // Closed GOPs: each segment must decode on its own so that segments join by stream copy, and
        // the first frame of each GOP is an IDR picture. Stitchable: the picture parameter set does
        // not depend on the rate factor (its initial QP is 26), so encoders at different rate
        // factors write the same parameter sets and their GOPs join into one stream; the coding's own
        // parameters make the two presets of a quality write the same sets too.
        av_dict_set(options, "x264-params", "open-gop=0:stitchable=1" + coding.params(), 0);
        av_dict_set(options, "profile", "high", 0);
        try {
            check(avcodec_open2(context, codec, options), "opening libx264");
        } catch (RuntimeException e) {
            avcodec_free_context(context);
            throw e;
        } finally {
            av_dict_free(options);
        }
    }

    AVCodecContext context() {
        return context;
    }

    /** The parameter sets (SPS, PPS) as libx264 wrote them, Annex B. */
    byte[] headers() {
        return NativeMedia.extradata(context.extradata(), context.extradata_size());
    }

    /** Encodes a frame; every packet ready is handed to {@code sink} (which must not keep it). */
    void send(AVFrame picture, AVPacket packet, Consumer<AVPacket> sink) {
        check(avcodec_send_frame(context, picture), "encoding frame " + picture.pts());
        receive(packet, sink);
    }

    /** Flushes: the packets of every frame held back are handed to {@code sink}. */
    void finish(AVPacket packet, Consumer<AVPacket> sink) {
        check(avcodec_send_frame(context, null), "flushing libx264");
        receive(packet, sink);
    }

    private void receive(AVPacket packet, Consumer<AVPacket> sink) {
        while (true) {
            int result = avcodec_receive_packet(context, packet);
            if (result == AVERROR_EAGAIN() || result == AVERROR_EOF) {
                return;
            }
            check(result, "receiving an encoded packet");
            sink.accept(packet);
        }
    }

    /** Opens and closes a tiny libx264 encoder: its tables are set up and its code paged in. */
    static void warmUp() {
        NativeMedia.load();
        AVCodec codec = avcodec_find_encoder_by_name("libx264");
        if (codec == null) {
            return;
        }
        AVCodecContext context = avcodec_alloc_context3(codec);
        try {
            context.width(64);
            context.height(64);
            context.pix_fmt(AV_PIX_FMT_YUV420P);
            context.time_base(av_make_q(1, 25));
            context.thread_count(1);
            avcodec_open2(context, codec, (AVDictionary) null);
        } finally {
            avcodec_free_context(context);
        }
    }

    @Override
    public void close() {
        avcodec_free_context(context);
    }
}
