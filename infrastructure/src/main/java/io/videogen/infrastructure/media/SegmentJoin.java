package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;

import java.nio.file.Path;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;

/** Joins video-only parts into one video-only MP4 by packet copy: the parts of a scene encoded side by side. */
final class SegmentJoin {

    private SegmentJoin() {
    }

    static void join(List<Path> parts, Path file, RenderBudget budget) {
        AVPacket packet = av_packet_alloc();
        try (MediaOutput output = MediaOutput.mp4(file);
             SegmentChain chain = new SegmentChain(parts)) {
            AVStream stream = output.newStream();
            check(avcodec_parameters_copy(stream.codecpar(), chain.parameters()), "describing the video stream");
            stream.codecpar().codec_tag(0);
            stream.time_base(chain.timeBase());
            stream.avg_frame_rate(chain.frameRate());
            output.start(false);
            while (chain.next(packet, budget)) {
                av_packet_rescale_ts(packet, chain.timeBase(), stream.time_base());
                packet.stream_index(stream.index());
                output.write(packet, "a video packet");
            }
            output.finish();
        } finally {
            av_packet_free(packet);
        }
    }
}
