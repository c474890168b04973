package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;

/**
 * An MP4 being written, the counterpart of {@link MediaInput}: streams are added, then
 * {@link #start} opens the file (file protocol only) and writes the header, packets go in
 * interleaved, {@link #finish} writes the trailer, and closing frees everything however far it got.
 */
final class MediaOutput implements AutoCloseable {

    private final AVFormatContext context = new AVFormatContext(null);
    private final Path file;

    private MediaOutput(Path file) {
        this.file = file;
    }

    static MediaOutput mp4(Path file) {
        NativeMedia.load();
        MediaOutput output = new MediaOutput(file);
        check(avformat_alloc_output_context2(output.context, null, "mp4", file.toString()), "creating the MP4 muxer");
        return output;
    }

    /** Whether the container keeps codec headers apart from the packets (encoders must be told). */
    boolean wantsGlobalHeader() {
        return (context.oformat().flags() & AVFMT_GLOBALHEADER) != 0;
    }

    AVStream newStream() {
        return avformat_new_stream(context, null);
    }

    /** Opens the file and writes the header; {@code faststart} puts the index before the media. */
    void start(boolean faststart) {
        AVIOContext io = new AVIOContext(null);
        check(avio_open2(io, "file:" + file.toAbsolutePath(), AVIO_FLAG_WRITE, null, null), "opening " + file);
        context.pb(io);
        AVDictionary options = new AVDictionary(null);
        if (faststart) {
            // moov before mdat, so players start before the whole file has arrived.
            av_dict_set(options, "movflags", "+faststart", 0);
        }
        try {
            check(avformat_write_header(context, options), "writing the MP4 header");
        } finally {
            av_dict_free(options);
        }
    }

    /** Writes a packet already timed in its stream's time base; the muxer takes its data. */
    void write(AVPacket packet, String what) {
        check(av_interleaved_write_frame(context, packet), "writing " + what);
    }

    void finish() {
        check(av_write_trailer(context), "finishing the MP4 file");
    }

    @Override
    public void close() {
        if (!context.isNull() && context.pb() != null) {
            avio_closep(context.pb());
            context.pb(null);
        }
        avformat_free_context(context);
    }
}
