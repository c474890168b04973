package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_make_writable;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;

import io.videogen.application.port.out.RenderStepException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.BytePointer;

/**
 * The packets of a segment this adapter coded, read back to be copied into another (a scene's lead and
 * its other half, into the scene's segment): opened from the container's headers alone, without the
 * stream probe that decodes a frame, since a copy needs no more than the packets and their parameter sets.
 */
final class CodedSegment {

    private CodedSegment() {
    }

    /**
     * Hands every video packet of {@code segment} to {@code sink}, timed in {@code timeBase} from the
     * segment's first frame, and returns its length in frames. A segment whose parameter sets are not
     * {@code headers} (another coding: its GOPs would not decode in this stream) is refused.
     */
    static long packets(Path segment, byte[] headers, AVRational timeBase, AVPacket packet, Consumer<AVPacket> sink) {
        try (MediaInput input = MediaInput.openHeaders(segment, "mov")) {
            int index = input.streamOf(AVMEDIA_TYPE_VIDEO);
            if (index < 0) {
                throw new RenderStepException(segment.getFileName() + " has no video to copy", false);
            }
            AVStream stream = input.stream(index);
            byte[] extradata = NativeMedia.extradata(stream.codecpar().extradata(), stream.codecpar().extradata_size());
            if (stream.codecpar().codec_id() != AV_CODEC_ID_H264 || extradata.length < 5 || extradata[0] != 1
                    || (extradata[4] & 3) != 3 || !H264ParameterSets.sameNalUnits(extradata, headers)) {
                throw new RenderStepException("segment " + segment.getFileName()
                        + " was encoded differently and cannot be joined by stream copy", false);
            }
            long frames = 0;
            while (av_read_frame(input.context(), packet) >= 0) {
                if (packet.stream_index() != index) {
                    av_packet_unref(packet);
                    continue;
                }
                av_packet_rescale_ts(packet, stream.time_base(), timeBase);
                frames = Math.max(frames, packet.pts() + Math.max(1, packet.duration()));
                packet.pos(-1);
                startCodes(packet, segment);
                sink.accept(packet);
            }
            return frames;
        }
    }

    /**
     * The packet's NAL units as Annex B, as x264 gives them and as the MP4 muxer of a stream described by
     * x264's (Annex B) parameter sets expects them (it writes them length-prefixed again): each 4-byte
     * length in the MP4 sample replaced, in place, by a 4-byte start code.
     */
    private static void startCodes(AVPacket packet, Path segment) {
        check(av_packet_make_writable(packet), "copying a packet of " + segment.getFileName());
        BytePointer data = packet.data();
        long size = packet.size();
        long at = 0;
        while (at + 4 <= size) {
            long length = ((data.get(at) & 255L) << 24) | ((data.get(at + 1) & 255L) << 16)
                    | ((data.get(at + 2) & 255L) << 8) | (data.get(at + 3) & 255L);
            data.put(at, (byte) 0).put(at + 1, (byte) 0).put(at + 2, (byte) 0).put(at + 3, (byte) 1);
            at += 4 + length;
        }
        if (at != size) {
            throw new RenderStepException("a packet of " + segment.getFileName() + " is not length-prefixed H.264",
                    false);
        }
    }
}
