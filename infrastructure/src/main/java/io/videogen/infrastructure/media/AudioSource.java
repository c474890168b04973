package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import io.videogen.application.port.out.RenderStepException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Decoded audio of one file, frame by frame; optionally starting over at the end (background
 * music under a longer video) without ever holding more than a frame in memory.
 */
final class AudioSource implements AutoCloseable {

    private final MediaInput input;
    private final int streamIndex;
    private final AVCodecContext decoder;
    private final boolean looping;
    private final AVPacket packet = av_packet_alloc();
    private boolean flushing;
    private boolean sawAudio;

    AudioSource(Path file, String demuxer, boolean looping) {
        this(MediaInput.open(file, demuxer), file, looping);
    }

    /**
     * A WAV file this adapter wrote (a levelled narration), read from its header alone: FFmpeg's stream
     * probe would read megabytes of it to learn what the header says.
     */
    static AudioSource written(Path wav) {
        return new AudioSource(MediaInput.openHeaders(wav, "wav"), wav, false);
    }

    private AudioSource(MediaInput input, Path file, boolean looping) {
        this.looping = looping;
        this.input = input;
        try {
            streamIndex = input.streamOf(AVMEDIA_TYPE_AUDIO);
            if (streamIndex < 0) {
                throw new RenderStepException(file.getFileName() + " has no sound", false);
            }
            AVCodec codec = avcodec_find_decoder(input.stream(streamIndex).codecpar().codec_id());
            if (codec == null) {
                throw new RenderStepException("no decoder for the sound of " + file.getFileName(), false);
            }
            decoder = avcodec_alloc_context3(codec);
            check(avcodec_parameters_to_context(decoder, input.stream(streamIndex).codecpar()), "preparing the audio decoder");
            check(avcodec_open2(decoder, codec, (AVDictionary) null), "opening the audio decoder");
        } catch (RuntimeException e) {
            input.close();
            throw e;
        }
    }

    /** The abuffer filter arguments that describe this source's frames, with pts counted in samples. */
    String bufferArguments() {
        byte[] layout = new byte[64];
        av_channel_layout_describe(decoder.ch_layout(), layout, layout.length);
        int end = 0;
        while (layout[end] != 0) {
            end++;
        }
        return "time_base=1/" + decoder.sample_rate() + ":sample_rate=" + decoder.sample_rate() + ":sample_fmt="
                + av_get_sample_fmt_name(decoder.sample_fmt()).getString() + ":channel_layout="
                + new String(layout, 0, end, java.nio.charset.StandardCharsets.US_ASCII);
    }

    int sampleRate() {
        return decoder.sample_rate();
    }

    /** Decodes the next frame into {@code frame}; false at the end (never, when looping a file with sound). */
    boolean next(AVFrame frame) {
        while (true) {
            int result = avcodec_receive_frame(decoder, frame);
            if (result == 0) {
                sawAudio = true;
                return true;
            }
            if (result == AVERROR_EOF) {
                if (!looping || !sawAudio) {
                    return false;
                }
                check(av_seek_frame(input.context(), streamIndex, 0, AVSEEK_FLAG_BACKWARD), "rewinding the music");
                avcodec_flush_buffers(decoder);
                flushing = false;
                continue;
            }
            if (result != AVERROR_EAGAIN()) {
                check(result, "decoding the sound of " + input.file().getFileName());
            }
            if (flushing) {
                return false;
            }
            if (av_read_frame(input.context(), packet) < 0) {
                flushing = true;
                check(avcodec_send_packet(decoder, null), "finishing the sound decoder");
                continue;
            }
            try {
                if (packet.stream_index() == streamIndex) {
                    check(avcodec_send_packet(decoder, packet), "decoding the sound of " + input.file().getFileName());
                }
            } finally {
                av_packet_unref(packet);
            }
        }
    }

    @Override
    public void close() {
        av_packet_free(packet);
        avcodec_free_context(decoder);
        input.close();
    }
}
