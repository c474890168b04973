package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avfilter.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import io.videogen.application.port.out.RenderStepException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avfilter.AVFilterContext;
import org.bytedeco.ffmpeg.avfilter.AVFilterGraph;
import org.bytedeco.ffmpeg.avfilter.AVFilterInOut;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * The finished soundtrack as AAC packets, produced on demand: decoded narration (and music) go
 * through the {@link NarrationMix} graph into the AAC encoder, a frame at a time.
 */
final class AudioTrack implements AutoCloseable {

    private final AudioSource narration;
    private final AudioSource music;
    private final AVFilterGraph graph = avfilter_graph_alloc();
    private final AVFilterContext narrationInput;
    private final AVFilterContext musicInput;
    private final AVFilterContext output;
    private final AVCodecContext encoder;
    private final AVFrame decoded = av_frame_alloc();
    private final AVFrame mixed = av_frame_alloc();
    private final double seconds;
    private long narrationSamples;
    private long musicSamples;
    private boolean narrationDone;
    private boolean musicDone;
    private boolean mixDone;
    private boolean encoderDone;
    private long encodedSamples;

    AudioTrack(Path narrationFile, Path musicFile, String musicDemuxer, NarrationMix mix, int threads) {
        this.seconds = mix.seconds();
        AudioSource music = null;
        try {
            narration = mix.levelledRate() > 0 ? AudioSource.written(narrationFile)
                    : new AudioSource(narrationFile, "wav", false);
            music = musicFile == null ? null : new AudioSource(musicFile, musicDemuxer, true);
            this.music = music;
            graph.nb_threads(threads);
            narrationInput = source("narration", narration);
            musicInput = music == null ? null : source("music", music);
            output = new AVFilterContext();
            check(avfilter_graph_create_filter(output, avfilter_get_by_name("abuffersink"), "out", (String) null, null, graph),
                    "creating the audio sink");
            AVFilterInOut outputs = link(null, "narration", narrationInput);
            if (musicInput != null) {
                outputs = link(outputs, "music", musicInput);
            }
            AVFilterInOut inputs = link(null, "out", output);
            check(avfilter_graph_parse_ptr(graph, mix.graph(), inputs, outputs, null), "building the audio mix");
            check(avfilter_graph_config(graph, null), "configuring the audio mix");
            encoder = AacEncoder.open(mix);
            av_buffersink_set_frame_size(output, encoder.frame_size());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    AVCodecContext encoder() {
        return encoder;
    }

    /** The next AAC packet, in the encoder's time base (1/sample rate); false when the track is complete. */
    boolean next(AVPacket packet, RenderBudget budget) {
        while (true) {
            int result = avcodec_receive_packet(encoder, packet);
            if (result == 0) {
                return true;
            }
            if (result == AVERROR_EOF) {
                return false;
            }
            if (result != AVERROR_EAGAIN()) {
                check(result, "encoding AAC");
            }
            budget.checkpoint();
            if (!encoderDone) {
                pullMixedFrame();
            }
        }
    }

    private void pullMixedFrame() {
        while (true) {
            int result = mixDone ? AVERROR_EOF : av_buffersink_get_frame(output, mixed);
            if (result == 0) {
                mixed.pts(encodedSamples);
                encodedSamples += mixed.nb_samples();
                try {
                    check(avcodec_send_frame(encoder, mixed), "encoding AAC");
                } finally {
                    av_frame_unref(mixed);
                }
                return;
            }
            if (result == AVERROR_EOF) {
                mixDone = true;
                encoderDone = true;
                check(avcodec_send_frame(encoder, null), "finishing the AAC encoder");
                return;
            }
            if (result != AVERROR_EAGAIN()) {
                check(result, "mixing the audio");
            }
            feedOneFrame();
        }
    }

    /** Feeds whichever input is behind, so the mix never has to buffer one input while waiting for the other. */
    private void feedOneFrame() {
        boolean narrationNext = !narrationDone
                && (musicInput == null || musicDone || narrationSamples / (double) narration.sampleRate()
                        <= musicSamples / (double) music.sampleRate());
        if (narrationNext) {
            if (narration.next(decoded)) {
                narrationSamples = push(narrationInput, narrationSamples);
            } else {
                narrationDone = true;
                check(av_buffersrc_add_frame_flags(narrationInput, null, 0), "ending the narration");
            }
        } else if (musicInput != null && !musicDone) {
            if (musicSamples / (double) music.sampleRate() < seconds && music.next(decoded)) {
                musicSamples = push(musicInput, musicSamples);
            } else {
                musicDone = true;
                check(av_buffersrc_add_frame_flags(musicInput, null, 0), "ending the music");
            }
        } else {
            throw new RenderStepException("the audio mix stalled: it wants more input but every input has ended", false);
        }
    }

    private long push(AVFilterContext input, long samplesSoFar) {
        // Count time in samples: a looping music file restarts its own timestamps at zero.
        decoded.pts(samplesSoFar);
        long after = samplesSoFar + decoded.nb_samples();
        check(av_buffersrc_add_frame_flags(input, decoded, 0), "feeding the audio mix");
        av_frame_unref(decoded);
        return after;
    }

    private AVFilterContext source(String name, AudioSource audio) {
        AVFilterContext context = new AVFilterContext();
        check(avfilter_graph_create_filter(context, avfilter_get_by_name("abuffer"), name, audio.bufferArguments(), null, graph),
                "creating the " + name + " input of the audio mix");
        return context;
    }

    private static AVFilterInOut link(AVFilterInOut next, String label, AVFilterContext filter) {
        AVFilterInOut link = avfilter_inout_alloc();
        link.name(av_strdup(new org.bytedeco.javacpp.BytePointer(label)));
        link.filter_ctx(filter);
        link.pad_idx(0);
        link.next(next);
        return link;
    }

    @Override
    public void close() {
        av_frame_free(decoded);
        av_frame_free(mixed);
        if (encoder != null) {
            avcodec_free_context(encoder);
        }
        avfilter_graph_free(graph);
        if (music != null) {
            music.close();
        }
        if (narration != null) {
            narration.close();
        }
    }
}
