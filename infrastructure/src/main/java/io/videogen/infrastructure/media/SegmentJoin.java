package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.*;

import java.nio.file.Path;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;

/** Joins video-only parts into one video-only MP4 by packet copy: the parts of a scene encoded side by side. */
final class SegmentJoin {

    private SegmentJoin() {
    }

    static void join(List<Path> parts, Path file, RenderBudget budget) {
        AVFormatContext output = new AVFormatContext(null);
        check(avformat_alloc_output_context2(output, null, "mp4", file.toString()), "creating the MP4 muxer");
        AVPacket packet = av_packet_alloc();
        try (SegmentChain chain = new SegmentChain(parts)) {
            AVStream stream = avformat_new_stream(output, null);
            check(avcodec_parameters_copy(stream.codecpar(), chain.parameters()), "describing the video stream");
            stream.codecpar().codec_tag(0);
            stream.time_base(chain.timeBase());
            stream.avg_frame_rate(chain.frameRate());
            AVIOContext io = new AVIOContext(null);
            check(avio_open2(io, "file:" + file.toAbsolutePath(), AVIO_FLAG_WRITE, null, null), "opening " + file);
            output.pb(io);
            check(avformat_write_header(output, (AVDictionary) null), "writing the MP4 header");
            while (chain.next(packet, budget)) {
                av_packet_rescale_ts(packet, chain.timeBase(), stream.time_base());
                packet.stream_index(stream.index());
                check(av_interleaved_write_frame(output, packet), "writing a video packet");
            }
            check(av_write_trailer(output), "finishing the MP4 file");
        } finally {
            av_packet_free(packet);
            if (!output.isNull() && output.pb() != null) {
                avio_closep(output.pb());
                output.pb(null);
            }
            avformat_free_context(output);
        }
    }
}
