package io.videogen.infrastructure.media;

import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.VideoComposer.MediaInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Checks an uploaded file before anything else opens it: its content must be a PNG, JPEG or WebP
 * image, or WAV or MP3 audio, FFmpeg reading it with the demuxer for that type must find the
 * matching codec, the sizes its header declares must match the file ({@link DeclaredSizes}), and its
 * dimensions and duration must be sane. Only files that pass may be handed to the composer.
 */
@ApplicationScoped
public class MediaValidator {

    static final int LARGEST_SIDE = 8192;
    static final int MOST_CHANNELS = 2;
    static final Duration LONGEST_AUDIO = Duration.ofHours(1);
    static final int LARGEST_VIDEO_SIDE = 4096;
    static final Duration LONGEST_CLIP = Duration.ofMinutes(10);

    private final MediaLimits limits;

    public MediaValidator() {
        this(MediaLimits.defaults());
    }

    MediaValidator(MediaLimits limits) {
        this.limits = limits;
    }

    /** @throws InvalidMediaException unless the file is a sound PNG, JPEG or WebP image */
    public MediaInfo validateImage(Path file) {
        return validate(file, MediaType.Kind.IMAGE, (type, input, info) -> {
            requireSize(file, only(file, info, type, "video"), LARGEST_SIDE, "images");
            decodeOnePicture(file, type);
        });
    }

    /** @throws InvalidMediaException unless the file is sound WAV or MP3 audio of at most two channels and an hour */
    public MediaInfo validateAudio(Path file) {
        return validate(file, MediaType.Kind.AUDIO, (type, input, info) -> {
            only(file, info, type, "audio");
            int channels = input.stream(input.streamOf(AVMEDIA_TYPE_AUDIO)).codecpar().ch_layout().nb_channels();
            if (channels < 1 || channels > MOST_CHANNELS) {
                throw new InvalidMediaException(file.getFileName() + " has " + channels
                        + " audio channels; use mono or stereo audio");
            }
            if (info.duration().isZero() || info.duration().compareTo(LONGEST_AUDIO) > 0) {
                throw new InvalidMediaException(file.getFileName() + " lasts " + info.duration().toSeconds()
                        + " s; audio must be longer than zero and at most " + LONGEST_AUDIO.toMinutes() + " minutes");
            }
            try (AudioSource sound = new AudioSource(file, type.demuxer(), false)) {
                AVFrame frame = av_frame_alloc();
                try {
                    if (!sound.next(frame)) {
                        throw new InvalidMediaException(file.getFileName() + " contains no decodable sound");
                    }
                } finally {
                    av_frame_free(frame);
                }
            }
        });
    }

    /**
     * @throws InvalidMediaException unless the file is a sound MP4, WebM or QuickTime video of at most
     *         4096x4096 pixels and ten minutes whose first picture decodes (its sound is not used)
     */
    public MediaInfo validateVideo(Path file) {
        return validate(file, MediaType.Kind.VIDEO, (type, input, info) -> {
            requireSize(file, only(file, info, type, "video"), LARGEST_VIDEO_SIDE, "video");
            if (info.duration().isZero() || info.duration().compareTo(LONGEST_CLIP) > 0) {
                throw new InvalidMediaException(file.getFileName() + " lasts " + info.duration().toMillis()
                        + " ms; a video must be longer than zero and at most " + LONGEST_CLIP.toMinutes() + " minutes");
            }
            decodeOnePicture(file, type);
        });
    }

    /** What one kind of media must satisfy once its file is sniffed, its declared sizes checked and probed. */
    private interface Checks {
        void check(MediaType type, MediaInput input, MediaInfo info);
    }

    private MediaInfo validate(Path file, MediaType.Kind kind, Checks checks) {
        MediaType type = expect(file, kind);
        DeclaredSizes.check(file, type);
        try (FfmpegLog log = FfmpegLog.start(limits.logDirectory(), "validate-" + file.getFileName());
             MediaInput input = MediaInput.open(file, type.demuxer())) {
            MediaInfo info = MediaProbe.describe(input);
            checks.check(type, input, info);
            return info;
        } catch (InvalidMediaException e) {
            throw e;
        } catch (RenderStepException e) {
            throw damaged(file, type, e);
        }
    }

    private static void requireSize(Path file, MediaInfo.Stream picture, int largest, String what) {
        if (picture.width() <= 0 || picture.height() <= 0 || picture.width() > largest || picture.height() > largest) {
            throw new InvalidMediaException(file.getFileName() + " is " + picture.width() + "x" + picture.height()
                    + " pixels; " + what + " may be at most " + largest + "x" + largest);
        }
    }

    private static MediaType expect(Path file, MediaType.Kind kind) {
        MediaType type = MediaType.sniff(file);
        if (type.kind() != kind) {
            throw new InvalidMediaException(file.getFileName() + " is a " + type.label() + ", not "
                    + (kind == MediaType.Kind.IMAGE ? "an image (PNG, JPEG or WebP)"
                    : kind == MediaType.Kind.AUDIO ? "audio (WAV or MP3)" : "a video (MP4, WebM or QuickTime)"));
        }
        return type;
    }

    private static MediaInfo.Stream only(Path file, MediaInfo info, MediaType type, String streamType) {
        MediaInfo.Stream found = info.streams().stream().filter(s -> s.type().equals(streamType)).findFirst()
                .orElseThrow(() -> new InvalidMediaException(file.getFileName() + " looks like a " + type.label()
                        + " but holds no " + streamType));
        if (!type.matchesCodec(found.codec())) {
            throw new InvalidMediaException(file.getFileName() + " looks like a " + type.label() + " but contains "
                    + found.codec() + " data");
        }
        return found;
    }

    private void decodeOnePicture(Path file, MediaType type) {
        try (VideoFrameReader reader = new VideoFrameReader(file, type.demuxer(), 1)) {
            if (!reader.nextFrame()) {
                throw new InvalidMediaException(file.getFileName() + " contains no decodable picture");
            }
        }
    }

    private static InvalidMediaException damaged(Path file, MediaType type, RenderStepException cause) {
        return new InvalidMediaException(file.getFileName() + " starts like a " + type.label()
                + " but cannot be read as one; it is damaged or not really a " + type.label() + " ("
                + cause.getMessage() + ")", cause);
    }
}
