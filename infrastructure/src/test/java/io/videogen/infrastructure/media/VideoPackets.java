package io.videogen.infrastructure.media;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVPacket;

/**
 * Counts a file's video packets, whether the first is a keyframe, and the non-reference pictures
 * (every NAL unit of the packet with nal_ref_idc 0: nothing predicts from them).
 */
record VideoPackets(int count, boolean startsWithKeyframe, int keyframes, int nonReference) {

    static VideoPackets of(Path file) {
        try (MediaInput input = MediaInput.open(file, "mov")) {
            int video = input.streamOf(AVMEDIA_TYPE_VIDEO);
            AVPacket packet = av_packet_alloc();
            int count = 0;
            int keyframes = 0;
            boolean first = false;
            int nonReference = 0;
            while (av_read_frame(input.context(), packet) >= 0) {
                if (packet.stream_index() == video) {
                    boolean key = (packet.flags() & AV_PKT_FLAG_KEY) != 0;
                    if (count == 0) {
                        first = key;
                    }
                    keyframes += key ? 1 : 0;
                    nonReference += referenced(packet) ? 0 : 1;
                    count++;
                }
                av_packet_unref(packet);
            }
            av_packet_free(packet);
            return new VideoPackets(count, first, keyframes, nonReference);
        }
    }

    /** The bytes of every video packet of the file, in order, and whether each is a keyframe. */
    static List<Packet> payloads(Path file) {
        List<Packet> packets = new ArrayList<>();
        try (MediaInput input = MediaInput.open(file, "mov")) {
            int video = input.streamOf(AVMEDIA_TYPE_VIDEO);
            AVPacket packet = av_packet_alloc();
            while (av_read_frame(input.context(), packet) >= 0) {
                if (packet.stream_index() == video) {
                    byte[] data = new byte[packet.size()];
                    packet.data().get(data);
                    packets.add(new Packet(data, (packet.flags() & AV_PKT_FLAG_KEY) != 0));
                }
                av_packet_unref(packet);
            }
            av_packet_free(packet);
        }
        return packets;
    }

    /** One packet's bytes. */
    record Packet(byte[] data, boolean key) {
    }

    /** Whether a NAL unit of the packet (MP4: 4-byte lengths) is referenced. */
    private static boolean referenced(AVPacket packet) {
        byte[] data = new byte[packet.size()];
        packet.data().get(data);
        for (int at = 0; at + 4 < data.length; ) {
            int length = ((data[at] & 255) << 24) | ((data[at + 1] & 255) << 16) | ((data[at + 2] & 255) << 8)
                    | (data[at + 3] & 255);
            if ((data[at + 4] & 0x60) != 0) {
                return true;
            }
            at += 4 + length;
        }
        return false;
    }
}
