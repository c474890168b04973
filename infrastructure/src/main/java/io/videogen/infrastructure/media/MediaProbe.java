package io.videogen.infrastructure.media;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avutil.*;

import io.videogen.application.port.out.VideoComposer.MediaInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;

/** What a file really holds, read by FFmpeg from its content, never from its name. */
final class MediaProbe {

    private MediaProbe() {
    }

    static MediaInfo of(Path file) {
        try (MediaInput input = MediaInput.open(file, null)) {
            return describe(input);
        }
    }

    static MediaInfo describe(MediaInput input) {
        List<MediaInfo.Stream> streams = new ArrayList<>();
        for (int i = 0; i < input.context().nb_streams(); i++) {
            AVStream stream = input.stream(i);
            AVCodecParameters parameters = stream.codecpar();
            streams.add(new MediaInfo.Stream(typeName(parameters.codec_type()),
                    avcodec_get_name(parameters.codec_id()).getString(), parameters.width(), parameters.height(),
                    parameters.codec_type() == AVMEDIA_TYPE_VIDEO ? fps(stream) : 0, parameters.sample_rate()));
        }
        String format = input.context().iformat().name().getString();
        return new MediaInfo(format, Duration.ofNanos(Math.round(input.durationSeconds() * 1e9)), List.copyOf(streams));
    }

    private static double fps(AVStream stream) {
        AVRational rate = stream.avg_frame_rate().num() > 0 ? stream.avg_frame_rate() : stream.r_frame_rate();
        return rate.den() == 0 ? 0 : av_q2d(rate);
    }

    private static String typeName(int type) {
        return switch (type) {
            case AVMEDIA_TYPE_VIDEO -> "video";
            case AVMEDIA_TYPE_AUDIO -> "audio";
            case AVMEDIA_TYPE_SUBTITLE -> "subtitle";
            case AVMEDIA_TYPE_DATA -> "data";
            default -> "other";
        };
    }
}
