package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.domain.media.Resolution;
import java.nio.file.Path;
import java.util.Arrays;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;

/**
 * A video-only MP4 at a constant frame rate, coded as H.264 in closed GOPs. Frames are YUV420P
 * AVFrames. A picture held still for a span of frames ({@link #hold}) is one GOP: x264 codes the
 * picture once, as an IDR picture, and every repeat is a {@link RepeatedPicture} written without an
 * encoder (ADR 0020). Changing frames ({@link #append}) go through x264 one by one, each run of them
 * a GOP of its own.
 */
final class SegmentEncoder implements AutoCloseable {

    private final MediaOutput output;
    private final AVStream stream;
    private final AVPacket packet = av_packet_alloc();
    private final Resolution frame;
    private final int fps;
    private final X264Settings settings;
    private final int threads;
    private final AVRational timeBase;
    /** The parameter sets of the stream: every encoder of the segment must write these. */
    private final byte[] headers;
    /** How repeats are written without an encoder, or null: these parameter sets do not allow it. */
    private final RepeatedPicture repeats;
    /** Frames x264 holds back before their packets come (B-frame reordering): decode times run this much behind. */
    private final int reorderDelay;
    /** The encoder of the GOP being coded, or null between GOPs. */
    private X264Encoder gop;
    private long nextPts;
    private long packetsWritten;

    SegmentEncoder(Path file, Resolution frame, int fps, X264Settings settings, int threads) {
        this.frame = frame;
        this.fps = fps;
        this.settings = settings;
        this.threads = threads;
        output = MediaOutput.mp4(file);
        gop = open(settings.crf());
        headers = gop.headers();
        stream = output.newStream();
        check(avcodec_parameters_from_context(stream.codecpar(), gop.context()), "describing the video stream");
        timeBase = av_make_q(1, fps);
        stream.time_base(timeBase);
        stream.avg_frame_rate(av_make_q(fps, 1));
        output.start(false);
        reorderDelay = gop.context().has_b_frames();
        repeats = H264ParameterSets.of(headers).map(RepeatedPicture::new).orElse(null);
    }

    private X264Encoder open(int crf) {
        X264Encoder encoder = new X264Encoder(frame, fps, settings.preset(), crf, threads, output.wantsGlobalHeader());
        if (headers != null && !Arrays.equals(headers, encoder.headers())) {
            encoder.close();
            throw new RenderStepException("libx264 wrote other parameter sets at rate factor " + crf
                    + "; its GOPs cannot join the segment's stream", false);
        }
        return encoder;
    }

    /** Opens and closes a tiny libx264 encoder: its tables are set up and its code paged in. */
    static void warmUp() {
        X264Encoder.warmUp();
    }

    /**
     * Encodes {@code picture} as the next frame, predicted from the frames before it since the last
     * {@link #hold}. The caller must not change its pixels afterwards.
     */
    void append(AVFrame picture) {
        boolean starts = gop == null;
        if (starts) {
            gop = open(settings.crf());
        }
        send(picture, starts);
    }

    /**
     * Shows {@code picture} for the next {@code frames} frames: coded once by x264, as an IDR picture at
     * {@link X264Settings#stillCrf()}, and repeated by {@link RepeatedPicture}s. Without a way to write
     * repeats (parameter sets they do not handle), every frame goes through x264.
     */
    void hold(AVFrame picture, int frames) {
        if (repeats == null) {
            for (int i = 0; i < frames; i++) {
                append(picture);
            }
            return;
        }
        endGop();
        gop = open(settings.stillCrf());
        send(picture, true);
        endGop();
        for (int n = 1; n < frames; n++) {
            byte[] nal = repeats.frame(n);
            check(av_new_packet(packet, nal.length), "allocating a packet");
            packet.data().put(nal, 0, nal.length);
            packet.pts(nextPts++);
            packet.duration(1);
            write(packet);
        }
    }

    /** Flushes the encoder and completes the file. */
    void finish() {
        endGop();
        output.finish();
    }

    private void send(AVFrame picture, boolean idr) {
        picture.pts(nextPts++);
        picture.duration(1);
        // A forced I frame is an IDR picture here (closed GOPs): nothing before it is referenced.
        picture.pict_type(idr ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE);
        gop.send(picture, packet, this::write);
    }

    private void endGop() {
        if (gop != null) {
            gop.finish(packet, this::write);
            gop.close();
            gop = null;
        }
    }

    /**
     * Writes a packet timed in frames, with its decode time: packets come in decode order, one per
     * frame, so the n-th is decoded at frame n less the reordering delay; x264's own decode times
     * would start again with every GOP's encoder.
     */
    private void write(AVPacket encoded) {
        encoded.dts(packetsWritten++ - reorderDelay);
        if (encoded.dts() > encoded.pts()) {
            throw new RenderStepException("frame " + encoded.pts() + " would be decoded after it is shown", false);
        }
        av_packet_rescale_ts(encoded, timeBase, stream.time_base());
        encoded.stream_index(stream.index());
        output.write(encoded, "a video packet");
    }

    @Override
    public void close() {
        av_packet_free(packet);
        if (gop != null) {
            gop.close();
        }
        output.close();
    }
}
