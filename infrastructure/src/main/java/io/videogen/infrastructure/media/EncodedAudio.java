package io.videogen.infrastructure.media;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avutil.*;

import io.videogen.application.port.out.RenderStepException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;

/** The packets of a soundtrack {@link SoundtrackWriter} wrote, read back for copying into the video. */
final class EncodedAudio implements AutoCloseable {

    private final MediaInput input;
    private final int streamIndex;
    private final AVStream stream;

    EncodedAudio(Path soundtrack) {
        // From the headers alone: the probe would decode AAC frames to learn the sample format, which
        // packets copied into the video do not carry (the video is the same to the byte, ADR 0047).
        input = MediaInput.openHeaders(soundtrack, "mov");
        streamIndex = input.streamOf(AVMEDIA_TYPE_AUDIO);
        if (streamIndex < 0 || input.stream(streamIndex).codecpar().codec_id() != AV_CODEC_ID_AAC) {
            input.close();
            throw new RenderStepException(soundtrack.getFileName() + " holds no AAC soundtrack", false);
        }
        stream = input.stream(streamIndex);
    }

    AVCodecParameters parameters() {
        return stream.codecpar();
    }

    AVRational timeBase() {
        return stream.time_base();
    }

    /** The next packet in {@link #timeBase()}; false after the last. */
    boolean next(AVPacket packet, RenderBudget budget) {
        while (av_read_frame(input.context(), packet) >= 0) {
            if (packet.stream_index() == streamIndex) {
                budget.checkpoint();
                packet.pos(-1);
                return true;
            }
            av_packet_unref(packet);
        }
        return false;
    }

    @Override
    public void close() {
        input.close();
    }
}
