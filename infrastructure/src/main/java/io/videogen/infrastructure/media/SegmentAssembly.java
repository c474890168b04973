package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import io.videogen.application.port.out.RenderStepException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;

/**
 * Joins the scene segments by stream copy (what FFmpeg's concat demuxer with {@code -c copy} does,
 * without a list file to write or a demuxer that follows paths) and copies the encoded soundtrack
 * beside them, into a faststart MP4. Nothing is encoded here.
 */
final class SegmentAssembly {

    private final List<Path> segments;
    private final Path soundtrack;
    private final MediaLimits limits;

    SegmentAssembly(List<Path> segments, Path soundtrack, MediaLimits limits) {
        if (segments == null || segments.isEmpty()) {
            throw new RenderStepException("there are no segments to assemble", false);
        }
        if (soundtrack == null) {
            throw new RenderStepException("there is no soundtrack to assemble", false);
        }
        this.segments = List.copyOf(segments);
        this.soundtrack = soundtrack;
        this.limits = limits;
    }

    void writeTo(Path file, IntConsumer percentDone) {
        NativeMedia.load();
        double seconds = SegmentChain.totalSeconds(segments);
        // how far the video stream has been written, for the progress listener at every check-in
        int[] written = {0};
        RenderBudget budget = limits.budgetFor("assembling the video", Duration.ofMillis(Math.round(seconds * 1000)))
                .listenedBy(() -> percentDone.accept(written[0]));
        AVFormatContext output = new AVFormatContext(null);
        check(avformat_alloc_output_context2(output, null, "mp4", file.toString()), "creating the MP4 muxer");
        try (SegmentChain video = new SegmentChain(segments);
             EncodedAudio audio = new EncodedAudio(soundtrack)) {
            AVStream videoStream = avformat_new_stream(output, null);
            check(avcodec_parameters_copy(videoStream.codecpar(), video.parameters()), "describing the video stream");
            videoStream.codecpar().codec_tag(0);
            videoStream.time_base(video.timeBase());
            videoStream.avg_frame_rate(video.frameRate());
            AVStream audioStream = avformat_new_stream(output, null);
            check(avcodec_parameters_copy(audioStream.codecpar(), audio.parameters()), "describing the audio stream");
            audioStream.codecpar().codec_tag(0);
            audioStream.time_base(audio.timeBase());
            AVIOContext io = new AVIOContext(null);
            check(avio_open2(io, "file:" + file.toAbsolutePath(), AVIO_FLAG_WRITE, null, null), "opening " + file);
            output.pb(io);
            AVDictionary options = new AVDictionary(null);
            // moov before mdat, so players start before the whole file has arrived.
            av_dict_set(options, "movflags", "+faststart", 0);
            try {
                check(avformat_write_header(output, options), "writing the MP4 header");
            } finally {
                av_dict_free(options);
            }
            interleave(output, video, videoStream, audio, audioStream, budget,
                    done -> written[0] = (int) Math.min(99, Math.max(0, Math.round(100 * done / seconds))));
            check(av_write_trailer(output), "finishing the MP4 file");
        } finally {
            if (!output.isNull() && output.pb() != null) {
                avio_closep(output.pb());
                output.pb(null);
            }
            avformat_free_context(output);
        }
    }

    /** Writes packets of both streams in time order, holding at most one packet of each. */
    private static void interleave(AVFormatContext output, SegmentChain video, AVStream videoStream,
                                   EncodedAudio audio, AVStream audioStream, RenderBudget budget,
                                   DoubleConsumer videoSeconds) {
        AVPacket videoPacket = av_packet_alloc();
        AVPacket audioPacket = av_packet_alloc();
        try {
            boolean hasVideo = video.next(videoPacket, budget);
            boolean hasAudio = audio.next(audioPacket, budget);
            AVRational audioBase = audio.timeBase();
            while (hasVideo || hasAudio) {
                budget.checkpoint();
                boolean videoFirst = hasVideo && (!hasAudio || av_compare_ts(videoPacket.dts(), video.timeBase(),
                        audioPacket.dts(), audioBase) <= 0);
                if (videoFirst) {
                    videoSeconds.accept(videoPacket.dts() * av_q2d(video.timeBase()));
                    av_packet_rescale_ts(videoPacket, video.timeBase(), videoStream.time_base());
                    videoPacket.stream_index(videoStream.index());
                    check(av_interleaved_write_frame(output, videoPacket), "writing a video packet");
                    hasVideo = video.next(videoPacket, budget);
                } else {
                    av_packet_rescale_ts(audioPacket, audioBase, audioStream.time_base());
                    audioPacket.stream_index(audioStream.index());
                    check(av_interleaved_write_frame(output, audioPacket), "writing an audio packet");
                    hasAudio = audio.next(audioPacket, budget);
                }
            }
        } finally {
            av_packet_free(videoPacket);
            av_packet_free(audioPacket);
        }
    }
}
