package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import io.videogen.application.port.out.RenderStepException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVInputFormat;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;

/**
 * A local media file opened for reading, the only way this adapter opens input: the file protocol
 * alone is allowed (so a crafted playlist or concat list cannot reach the network or other
 * protocols), and the demuxer is pinned whenever the caller knows what the file must be.
 */
final class MediaInput implements AutoCloseable {

    private static final String PROBED_FORMATS =
            "mov,mp4,matroska,webm,wav,mp3,ogg,flac,aac,png_pipe,jpeg_pipe,webp_pipe,gif";

    private final AVFormatContext context;
    private final Path file;

    private MediaInput(AVFormatContext context, Path file) {
        this.context = context;
        this.file = file;
    }

    /**
     * @param demuxer FFmpeg's demuxer name ("mov", "wav", "mp3", "png_pipe" ...), or null to let
     *                FFmpeg recognise the content (used only to probe a file before trusting it)
     */
    static MediaInput open(Path file, String demuxer) {
        MediaInput input = openHeaders(file, demuxer);
        try {
            check(avformat_find_stream_info(input.context, (AVDictionary) null), "reading the streams of " + file.getFileName());
        } catch (RuntimeException e) {
            input.close();
            throw e;
        }
        return input;
    }

    /**
     * A file this adapter wrote itself, opened from its container's headers alone: FFmpeg's stream
     * probe decodes frames to fill in what the headers leave out (the pixel format, the profile, the
     * aspect ratio: 7 ms a segment), which packets copied from it do not need.
     */
    static MediaInput openHeaders(Path file, String demuxer) {
        NativeMedia.load();
        if (!Files.isRegularFile(file)) {
            throw new RenderStepException("the media file " + file + " does not exist", false);
        }
        AVInputFormat format = null;
        if (demuxer != null) {
            format = av_find_input_format(demuxer);
            if (format == null) {
                throw new RenderStepException("the bundled FFmpeg has no '" + demuxer + "' demuxer", false);
            }
        }
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "protocol_whitelist", "file", 0);
        // Demuxers that open further files or URLs (concat, hls, dash, image2 patterns ...) are never
        // chosen by content sniffing: only the plain single-file formats the service handles are.
        av_dict_set(options, "format_whitelist", demuxer == null ? PROBED_FORMATS : demuxer, 0);
        AVFormatContext context = avformat_alloc_context();
        try {
            int result = avformat_open_input(context, "file:" + file.toAbsolutePath(), format, options);
            if (result < 0) {
                // avformat_open_input frees the context on failure
                throw new RenderStepException("cannot open " + file.getFileName() + " as "
                        + (demuxer == null ? "media" : demuxer) + ": " + NativeMedia.errorText(result), false);
            }
        } finally {
            av_dict_free(options);
        }
        return new MediaInput(context, file);
    }

    AVFormatContext context() {
        return context;
    }

    Path file() {
        return file;
    }

    /** Index of the first stream of the given AVMEDIA_TYPE_*, or -1. */
    int streamOf(int mediaType) {
        for (int i = 0; i < context.nb_streams(); i++) {
            if (context.streams(i).codecpar().codec_type() == mediaType) {
                return i;
            }
        }
        return -1;
    }

    AVStream stream(int index) {
        return context.streams(index);
    }

    /** The container's duration, or the longest stream's when the container does not say. */
    double durationSeconds() {
        if (context.duration() != AV_NOPTS_VALUE && context.duration() > 0) {
            return context.duration() / (double) AV_TIME_BASE;
        }
        double longest = 0;
        for (int i = 0; i < context.nb_streams(); i++) {
            AVStream stream = context.streams(i);
            if (stream.duration() != AV_NOPTS_VALUE) {
                longest = Math.max(longest, stream.duration() * av_q2d(stream.time_base()));
            }
        }
        return longest;
    }

    @Override
    public void close() {
        avformat_close_input(context);
    }
}
