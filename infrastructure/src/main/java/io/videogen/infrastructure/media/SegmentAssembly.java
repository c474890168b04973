package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import io.videogen.application.port.out.RenderStepException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
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
        try (MediaOutput output = MediaOutput.mp4(file);
             SegmentChain video = new SegmentChain(segments);
             EncodedAudio audio = new EncodedAudio(soundtrack)) {
            AVStream videoStream = output.newStream();
            check(avcodec_parameters_copy(videoStream.codecpar(), video.parameters()), "describing the video stream");
            videoStream.codecpar().codec_tag(0);
            videoStream.time_base(video.timeBase());
            videoStream.avg_frame_rate(video.frameRate());
            AVStream audioStream = output.newStream();
            check(avcodec_parameters_copy(audioStream.codecpar(), audio.parameters()), "describing the audio stream");
            audioStream.codecpar().codec_tag(0);
            audioStream.time_base(audio.timeBase());
            output.start(true);
            interleave(output, video, videoStream, audio, audioStream, budget,
                    done -> written[0] = (int) Math.min(99, Math.max(0, Math.round(100 * done / seconds))));
            output.finish();
        }
    }

    /** Writes packets of both streams in time order, holding at most one packet of each. */
    private static void interleave(MediaOutput output, SegmentChain video, AVStream videoStream,
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
                    output.write(videoPacket, "a video packet");
                    hasVideo = video.next(videoPacket, budget);
                } else {
                    av_packet_rescale_ts(audioPacket, audioBase, audioStream.time_base());
                    audioPacket.stream_index(audioStream.index());
                    output.write(audioPacket, "an audio packet");
                    hasAudio = audio.next(audioPacket, budget);
                }
            }
        } finally {
            av_packet_free(videoPacket);
            av_packet_free(audioPacket);
        }
    }
}
