package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.domain.media.Resolution;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * libx264 into a video-only MP4, through libavcodec/libavformat directly. Frames are YUV420P
 * AVFrames; the same frame may be sent many times (the encoder takes its own reference), which is
 * what makes static scenes cheap.
 */
final class SegmentEncoder implements AutoCloseable {

    private final MediaOutput output;
    private final AVCodecContext encoder;
    private final AVStream stream;
    private final AVPacket packet = av_packet_alloc();
    private long nextPts;

    SegmentEncoder(Path file, Resolution frame, int fps, X264Settings settings, int threads) {
        output = MediaOutput.mp4(file);
        AVCodec codec = avcodec_find_encoder_by_name("libx264");
        if (codec == null) {
            throw new RenderStepException("the bundled FFmpeg has no libx264 encoder", false);
        }
        encoder = avcodec_alloc_context3(codec);
        encoder.width(frame.width());
        encoder.height(frame.height());
        encoder.pix_fmt(AV_PIX_FMT_YUV420P);
        encoder.time_base(av_make_q(1, fps));
        encoder.framerate(av_make_q(fps, 1));
        encoder.sample_aspect_ratio(av_make_q(1, 1));
        // swscale converts RGB with BT.601 limited-range coefficients; say so, players then agree.
        encoder.color_range(AVCOL_RANGE_MPEG);
        encoder.colorspace(AVCOL_SPC_SMPTE170M);
        encoder.color_primaries(AVCOL_PRI_SMPTE170M);
        encoder.color_trc(AVCOL_TRC_SMPTE170M);
        encoder.thread_count(threads);
        if (output.wantsGlobalHeader()) {
            encoder.flags(encoder.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "preset", settings.preset(), 0);
        av_dict_set(options, "crf", Integer.toString(settings.crf()), 0);
        // Closed GOPs and no scene-cut-free open GOP tricks: each segment must decode on its own so
        // that segments join by stream copy. The first frame of a segment is always an IDR frame.
        av_dict_set(options, "x264-params", "open-gop=0", 0);
        av_dict_set(options, "profile", "high", 0);
        try {
            check(avcodec_open2(encoder, codec, options), "opening libx264");
        } finally {
            av_dict_free(options);
        }
        stream = output.newStream();
        check(avcodec_parameters_from_context(stream.codecpar(), encoder), "describing the video stream");
        stream.time_base(encoder.time_base());
        stream.avg_frame_rate(av_make_q(fps, 1));
        output.start(false);
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

    /** Encodes {@code picture} as the next frame. The caller must not change its pixels afterwards. */
    void append(AVFrame picture) {
        picture.pts(nextPts++);
        picture.duration(1);
        picture.pict_type(nextPts == 1 ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE);
        check(avcodec_send_frame(encoder, picture), "encoding frame " + (nextPts - 1));
        drain();
    }

    /** Flushes the encoder and completes the file. */
    void finish() {
        check(avcodec_send_frame(encoder, null), "flushing libx264");
        drain();
        output.finish();
    }

    private void drain() {
        while (true) {
            int result = avcodec_receive_packet(encoder, packet);
            if (result == AVERROR_EAGAIN() || result == AVERROR_EOF) {
                return;
            }
            check(result, "receiving an encoded packet");
            av_packet_rescale_ts(packet, encoder.time_base(), stream.time_base());
            packet.stream_index(stream.index());
            output.write(packet, "a video packet");
        }
    }

    @Override
    public void close() {
        av_packet_free(packet);
        avcodec_free_context(encoder);
        output.close();
    }
}
