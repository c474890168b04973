package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.*;
import static org.bytedeco.ffmpeg.global.swscale.*;

import io.videogen.application.port.out.RenderStepException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/** Decodes pictures of a video (or an image file) into Java2D images. */
final class VideoFrameReader implements AutoCloseable {

    private final MediaInput input;
    private final int streamIndex;
    private final AVStream stream;
    private final AVCodecContext decoder;
    private final AVPacket packet = av_packet_alloc();
    private final AVFrame frame = av_frame_alloc();
    private boolean drained;

    VideoFrameReader(Path file, String demuxer, int threads) {
        input = MediaInput.open(file, demuxer);
        try {
            streamIndex = input.streamOf(AVMEDIA_TYPE_VIDEO);
            if (streamIndex < 0) {
                throw new RenderStepException(file.getFileName() + " has no picture", false);
            }
            stream = input.stream(streamIndex);
            AVCodec codec = avcodec_find_decoder(stream.codecpar().codec_id());
            if (codec == null) {
                throw new RenderStepException("no decoder for the pictures of " + file.getFileName(), false);
            }
            decoder = avcodec_alloc_context3(codec);
            check(avcodec_parameters_to_context(decoder, stream.codecpar()), "preparing the decoder");
            decoder.thread_count(threads);
            check(avcodec_open2(decoder, codec, (AVDictionary) null), "opening the decoder");
        } catch (RuntimeException e) {
            input.close();
            throw e;
        }
    }

    /** Decodes the first frame shown at or after {@code seconds} (the last frame if past the end). */
    BufferedImage pictureAt(double seconds) {
        long target = Math.round(seconds / av_q2d(stream.time_base()));
        if (seconds > 0) {
            check(av_seek_frame(input.context(), streamIndex, target, AVSEEK_FLAG_BACKWARD), "seeking");
            avcodec_flush_buffers(decoder);
            drained = false;
        }
        // Only the picture asked for is converted to RGB: converting every decoded frame on the way
        // (a second of video or more after the seek point) cost more than the decoding itself.
        AVFrame last = av_frame_alloc();
        try {
            boolean any = false;
            while (nextFrame()) {
                long pts = frame.best_effort_timestamp();
                if (pts == AV_NOPTS_VALUE || pts >= target - 1) {
                    return toImage(frame);
                }
                av_frame_unref(last);
                check(av_frame_ref(last, frame), "keeping a decoded picture");
                any = true;
            }
            if (!any) {
                throw new RenderStepException("no picture could be decoded from " + input.file().getFileName(), false);
            }
            return toImage(last);
        } finally {
            av_frame_free(last);
        }
    }

    /** Decodes every frame in order; returns false after the last. The frame is in {@link #current()}. */
    boolean nextFrame() {
        while (true) {
            int result = avcodec_receive_frame(decoder, frame);
            if (result == 0) {
                return true;
            }
            if (result == AVERROR_EOF) {
                return false;
            }
            if (result != AVERROR_EAGAIN()) {
                check(result, "decoding a picture of " + input.file().getFileName());
            }
            if (drained) {
                return false;
            }
            int read = av_read_frame(input.context(), packet);
            if (read < 0) {
                drained = true;
                avcodec_send_packet(decoder, null);
                continue;
            }
            try {
                if (packet.stream_index() == streamIndex) {
                    check(avcodec_send_packet(decoder, packet), "decoding " + input.file().getFileName());
                }
            } finally {
                av_packet_unref(packet);
            }
        }
    }

    BufferedImage current() {
        return toImage(frame);
    }

    /** When the current frame shows, in seconds from the stream's start (0 when the file does not say). */
    double currentSeconds() {
        long pts = frame.best_effort_timestamp();
        if (pts == AV_NOPTS_VALUE) {
            return 0;
        }
        long start = stream.start_time() == AV_NOPTS_VALUE ? 0 : stream.start_time();
        return (pts - start) * av_q2d(stream.time_base());
    }

    /** Goes back to the first frame, to play the video again. */
    void rewind() {
        check(av_seek_frame(input.context(), streamIndex, Long.MIN_VALUE, AVSEEK_FLAG_BACKWARD), "seeking to the start");
        avcodec_flush_buffers(decoder);
        drained = false;
    }

    private static BufferedImage toImage(AVFrame frame) {
        int width = frame.width();
        int height = frame.height();
        SwsContext scaler = sws_getContext(width, height, frame.format(), width, height, AV_PIX_FMT_BGR24,
                SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT, null, null, (double[]) null);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        try (BytePointer pixels = new BytePointer((long) width * height * 3);
             // swscale reads four plane pointers and strides even for packed formats: pass all four.
             PointerPointer<BytePointer> target = new PointerPointer<>(pixels, null, null, null);
             IntPointer stride = new IntPointer(new int[] {width * 3, 0, 0, 0})) {
            sws_scale(scaler, frame.data(), frame.linesize(), 0, height, target, stride);
            pixels.get(((DataBufferByte) image.getRaster().getDataBuffer()).getData());
        } finally {
            sws_freeContext(scaler);
        }
        return image;
    }

    @Override
    public void close() {
        av_frame_free(frame);
        av_packet_free(packet);
        avcodec_free_context(decoder);
        input.close();
    }
}
