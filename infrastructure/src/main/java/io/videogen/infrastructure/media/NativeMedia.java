package io.videogen.infrastructure.media;

import io.videogen.application.port.out.RenderStepException;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;

/**
 * Loads the FFmpeg libraries this adapter uses, and nothing more.
 *
 * <p>Only avutil, swresample, avcodec, avformat, swscale and avfilter are loaded. libavdevice is
 * deliberately never loaded (and javacv's FFmpegFrameGrabber/Recorder and the ffmpeg executable
 * are never used, because both pull it in): it is the only bundled library that links the system
 * libraries libpulse, libasound and libxcb, which a machine with only a JDK does not have.
 */
final class NativeMedia {

    private static volatile boolean loaded;

    private NativeMedia() {
    }

    static void load() {
        if (loaded) {
            return;
        }
        synchronized (NativeMedia.class) {
            if (!loaded) {
                try {
                    Loader.load(org.bytedeco.ffmpeg.global.avutil.class);
                    Loader.load(org.bytedeco.ffmpeg.global.swresample.class);
                    Loader.load(org.bytedeco.ffmpeg.global.avcodec.class);
                    Loader.load(org.bytedeco.ffmpeg.global.avformat.class);
                    Loader.load(org.bytedeco.ffmpeg.global.swscale.class);
                    Loader.load(org.bytedeco.ffmpeg.global.avfilter.class);
                } catch (UnsatisfiedLinkError e) {
                    throw new RenderStepException("the bundled FFmpeg libraries cannot be loaded on this machine: "
                            + e.getMessage(), false, e);
                }
                FfmpegLog.install();
                NativeHeap.keepFreedMemory();
                loaded = true;
            }
        }
    }

    /** Throws a non-retryable failure naming what was attempted and FFmpeg's reason. */
    static int check(int result, String attempt) {
        if (result < 0) {
            throw new RenderStepException(attempt + " failed: " + errorText(result) + FfmpegLog.recentLines(), false);
        }
        return result;
    }

    /**
     * A codec's extradata (H.264: its parameter sets, Annex B from x264, avcC from an MP4) copied out of
     * native memory; empty when it has none.
     */
    static byte[] extradata(BytePointer data, int size) {
        byte[] bytes = new byte[Math.max(0, size)];
        if (bytes.length > 0) {
            data.get(bytes);
        }
        return bytes;
    }

    static String errorText(int code) {
        byte[] text = new byte[256];
        avutil.av_strerror(code, text, text.length);
        int end = 0;
        while (end < text.length && text[end] != 0) {
            end++;
        }
        return new String(text, 0, end, java.nio.charset.StandardCharsets.UTF_8);
    }
}
