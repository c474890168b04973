package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avutil.*;

import io.videogen.application.port.out.RenderStepException;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;

/**
 * The video packets of several segments as one stream: each segment's timestamps are shifted by the
 * length of those before it. Segments must share codec settings, which they do because one encoder
 * configuration made them all; a mismatch is refused rather than producing a broken file.
 */
final class SegmentChain implements AutoCloseable {

    private final List<Path> segments;
    private final AVCodecParameters parameters = avcodec_parameters_alloc();
    private final AVRational timeBase;
    private final AVRational frameRate;
    private int index = -1;
    private MediaInput current;
    private int currentStream;
    private AVRational currentBase;
    private long offset;
    private long currentEnd;

    SegmentChain(List<Path> segments) {
        NativeMedia.load();
        this.segments = segments;
        // From the headers alone, without FFmpeg's stream probe (it decodes pictures on a decoder's
        // threads: 4-9 ms of CPU and up to 20 ms on the critical path, twice a re-render, ADR 0047). What the
        // probe adds — the pixel format, profile, level, field order, chroma siting — the MP4 muxer does
        // not write; the one thing it does write, the pixel aspect ratio (box pasp), the demuxer read
        // from the segment's own pasp into the stream, and it is carried over here, so the joined file
        // is byte for byte the one made after a probe.
        try (MediaInput first = MediaInput.openHeaders(segments.get(0), "mov")) {
            AVStream stream = videoStream(first);
            check(avcodec_parameters_copy(parameters, stream.codecpar()), "reading the first segment's video settings");
            if (parameters.sample_aspect_ratio().num() == 0 && stream.sample_aspect_ratio().num() > 0) {
                parameters.sample_aspect_ratio(av_make_q(stream.sample_aspect_ratio().num(),
                        stream.sample_aspect_ratio().den()));
            }
            timeBase = av_make_q(stream.time_base().num(), stream.time_base().den());
            frameRate = av_make_q(stream.avg_frame_rate().num(), stream.avg_frame_rate().den());
        }
    }

    /** The summed length of the segments' pictures, in seconds (from their headers: frames and frame rate). */
    static double totalSeconds(List<Path> segments) {
        double total = 0;
        for (Path segment : segments) {
            try (MediaInput input = MediaInput.openHeaders(segment, "mov")) {
                AVStream stream = videoStream(input);
                double fps = av_q2d(stream.avg_frame_rate());
                total += stream.nb_frames() > 0 && fps > 0 ? stream.nb_frames() / fps : input.durationSeconds();
            }
        }
        return total;
    }

    AVCodecParameters parameters() {
        return parameters;
    }

    AVRational timeBase() {
        return timeBase;
    }

    AVRational frameRate() {
        return frameRate;
    }

    /** The next packet, timed in {@link #timeBase()} on the joined timeline; false after the last segment. */
    boolean next(AVPacket packet, RenderBudget budget) {
        while (true) {
            if (current == null && !openNext()) {
                return false;
            }
            if (av_read_frame(current.context(), packet) < 0) {
                offset += currentEnd;
                current.close();
                current = null;
                continue;
            }
            if (packet.stream_index() != currentStream) {
                av_packet_unref(packet);
                continue;
            }
            budget.checkpoint();
            av_packet_rescale_ts(packet, currentBase, timeBase);
            currentEnd = Math.max(currentEnd, packet.pts() + packet.duration());
            packet.pts(packet.pts() + offset);
            packet.dts(packet.dts() + offset);
            packet.pos(-1);
            return true;
        }
    }

    private boolean openNext() {
        if (++index >= segments.size()) {
            return false;
        }
        // only the first segment's settings describe the joined stream; the others' packets are copied,
        // and their parameter sets (which carry the pixel format) must be the first's
        current = MediaInput.openHeaders(segments.get(index), "mov");
        AVStream stream = videoStream(current);
        AVCodecParameters other = stream.codecpar();
        if (other.codec_id() != parameters.codec_id() || other.width() != parameters.width()
                || other.height() != parameters.height() || !sameExtradata(other, parameters)) {
            throw new RenderStepException("segment " + segments.get(index).getFileName()
                    + " was encoded differently from the first segment and cannot be joined by stream copy", false);
        }
        currentStream = stream.index();
        currentBase = stream.time_base();
        currentEnd = 0;
        return true;
    }

    /** The decoder set-up (H.264: the parameter sets) must be the same, or the joined stream decodes wrongly. */
    private static boolean sameExtradata(AVCodecParameters a, AVCodecParameters b) {
        return java.util.Arrays.equals(NativeMedia.extradata(a.extradata(), a.extradata_size()),
                NativeMedia.extradata(b.extradata(), b.extradata_size()));
    }

    private static AVStream videoStream(MediaInput input) {
        int index = input.streamOf(AVMEDIA_TYPE_VIDEO);
        if (index < 0) {
            throw new RenderStepException(input.file().getFileName() + " has no video to assemble", false);
        }
        return input.stream(index);
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
        }
        avcodec_parameters_free(parameters);
    }
}
