package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avfilter.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import org.bytedeco.ffmpeg.avfilter.AVFilterContext;
import org.bytedeco.ffmpeg.avfilter.AVFilterGraph;
import org.bytedeco.ffmpeg.avfilter.AVFilterInOut;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;

/** Measures the sound of a finished video with FFmpeg's own meters (ebur128), in-process. */
final class SoundMeter {

    private SoundMeter() {
    }

    /** Integrated loudness in LUFS, as ffmpeg -af ebur128 reports it. */
    static double integratedLoudness(Path video) {
        double[] last = {Double.NaN};
        run(video, "ebur128=metadata=1", frame -> {
            AVDictionaryEntry entry = av_dict_get(frame.metadata(), "lavfi.r128.I", null, 0);
            if (entry != null) {
                last[0] = Double.parseDouble(entry.value().getString());
            }
        });
        return last[0];
    }

    /** The left channel at 48 kHz. */
    static float[] leftChannel(Path video) {
        float[][] samples = {new float[48_000 * 10]};
        int[] count = {0};
        run(video, "aformat=sample_fmts=fltp:sample_rates=48000", frame -> {
            int n = frame.nb_samples();
            if (count[0] + n > samples[0].length) {
                samples[0] = Arrays.copyOf(samples[0], samples[0].length * 2 + n);
            }
            FloatBuffer left = new BytePointer(frame.data(0)).capacity(n * 4L).asByteBuffer()
                    .order(java.nio.ByteOrder.nativeOrder()).asFloatBuffer();
            left.get(samples[0], count[0], n);
            count[0] += n;
        });
        return Arrays.copyOf(samples[0], count[0]);
    }

    /** Amplitude of one frequency between two times (Goertzel), to follow music under a voice. */
    static double amplitudeOf(float[] samples, double hertz, double from, double to) {
        int start = (int) (from * 48_000);
        int end = Math.min(samples.length, (int) (to * 48_000));
        double coefficient = 2 * Math.cos(2 * Math.PI * hertz / 48_000);
        double s1 = 0;
        double s2 = 0;
        for (int i = start; i < end; i++) {
            double s0 = samples[i] + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return 2 * Math.sqrt(Math.max(power, 0)) / (end - start);
    }

    private static void run(Path video, String filter, java.util.function.Consumer<AVFrame> sink) {
        try (AudioSource source = new AudioSource(video, "mov", false)) {
            AVFilterGraph graph = avfilter_graph_alloc();
            AVFilterContext input = new AVFilterContext();
            check(avfilter_graph_create_filter(input, avfilter_get_by_name("abuffer"), "in", source.bufferArguments(), null,
                    graph), "abuffer");
            AVFilterContext output = new AVFilterContext();
            check(avfilter_graph_create_filter(output, avfilter_get_by_name("abuffersink"), "out", (String) null, null,
                    graph), "abuffersink");
            AVFilterInOut outputs = avfilter_inout_alloc();
            outputs.name(av_strdup(new BytePointer("in")));
            outputs.filter_ctx(input);
            AVFilterInOut inputs = avfilter_inout_alloc();
            inputs.name(av_strdup(new BytePointer("out")));
            inputs.filter_ctx(output);
            check(avfilter_graph_parse_ptr(graph, "[in]" + filter + "[out]", inputs, outputs, null), "parse");
            check(avfilter_graph_config(graph, null), "config");
            AVFrame decoded = av_frame_alloc();
            AVFrame filtered = av_frame_alloc();
            long samples = 0;
            boolean more = true;
            while (more) {
                more = source.next(decoded);
                if (more) {
                    decoded.pts(samples);
                    samples += decoded.nb_samples();
                }
                check(av_buffersrc_add_frame_flags(input, more ? decoded : null, 0), "feed");
                while (av_buffersink_get_frame(output, filtered) >= 0) {
                    sink.accept(filtered);
                    av_frame_unref(filtered);
                }
            }
            av_frame_free(decoded);
            av_frame_free(filtered);
            avfilter_graph_free(graph);
        }
    }
}
