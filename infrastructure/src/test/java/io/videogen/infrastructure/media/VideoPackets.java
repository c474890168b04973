package io.videogen.infrastructure.media;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVPacket;

/** Counts a file's video packets, and whether the first is a keyframe. */
record VideoPackets(int count, boolean startsWithKeyframe, int keyframes) {

    static VideoPackets of(Path file) {
        try (MediaInput input = MediaInput.open(file, "mov")) {
            int video = input.streamOf(AVMEDIA_TYPE_VIDEO);
            AVPacket packet = av_packet_alloc();
            int count = 0;
            int keyframes = 0;
            boolean first = false;
            while (av_read_frame(input.context(), packet) >= 0) {
                if (packet.stream_index() == video) {
                    boolean key = (packet.flags() & AV_PKT_FLAG_KEY) != 0;
                    if (count == 0) {
                        first = key;
                    }
                    keyframes += key ? 1 : 0;
                    count++;
                }
                av_packet_unref(packet);
            }
            av_packet_free(packet);
            return new VideoPackets(count, first, keyframes);
        }
    }
}
