package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avutil.*;
import static org.bytedeco.ffmpeg.global.swscale.*;

import io.videogen.domain.media.Resolution;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Java2D pictures (TYPE_3BYTE_BGR) to YUV420P AVFrames with swscale. Called once per distinct
 * picture, never per frame: the conversion is a third of the per-frame cost when done every frame.
 */
final class PictureConverter implements AutoCloseable {

    private final int width;
    private final int height;
    private final SwsContext scaler;
    private final BytePointer bgr;
    private final PointerPointer<BytePointer> source;
    private final IntPointer sourceStride;

    PictureConverter(Resolution frame) {
        NativeMedia.load();
        width = frame.width();
        height = frame.height();
        scaler = sws_getContext(width, height, AV_PIX_FMT_BGR24, width, height, AV_PIX_FMT_YUV420P,
                SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INP, null, null, (double[]) null);
        bgr = new BytePointer((long) width * height * 3);
        // swscale reads four plane pointers and strides even for packed formats: pass all four.
        source = new PointerPointer<>(bgr, null, null, null);
        sourceStride = new IntPointer(new int[] {width * 3, 0, 0, 0});
    }

    static BufferedImage canvas(Resolution frame) {
        return new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_3BYTE_BGR);
    }

    /** A new frame the caller owns (free it with av_frame_free, or hand it to a cache that does). */
    AVFrame convert(BufferedImage picture) {
        if (picture.getType() != BufferedImage.TYPE_3BYTE_BGR || picture.getWidth() != width
                || picture.getHeight() != height) {
            throw new IllegalArgumentException("expected a " + width + "x" + height + " TYPE_3BYTE_BGR picture");
        }
        byte[] pixels = ((DataBufferByte) picture.getRaster().getDataBuffer()).getData();
        bgr.position(0).put(pixels, 0, width * height * 3);
        AVFrame frame = av_frame_alloc();
        frame.format(AV_PIX_FMT_YUV420P);
        frame.width(width);
        frame.height(height);
        check(av_frame_get_buffer(frame, 0), "allocating a frame");
        sws_scale(scaler, source, sourceStride, 0, height, frame.data(), frame.linesize());
        return frame;
    }

    @Override
    public void close() {
        sws_freeContext(scaler);
        bgr.close();
        source.close();
        sourceStride.close();
    }
}
