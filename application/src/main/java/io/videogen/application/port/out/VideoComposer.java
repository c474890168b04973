package io.videogen.application.port.out;

import io.videogen.application.port.out.AvatarAnimator.AvatarPerformance;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.media.Visual;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Encodes video. Each scene becomes a segment of its own (so unchanged scenes are reused), and the
 * segments are joined by stream copy with the narration and music mixed in one audio pass.
 */
public interface VideoComposer {

    /**
     * Encodes one scene's pictures (no audio) into an MP4 segment; reports percent done, often (also
     * while it prepares), so a listener that throws stops the work within moments and no segment is left.
     */
    void renderSegment(SegmentPlan plan, Path target, IntConsumer percentDone);

    /**
     * Mixes narration and music to the loudness target and encodes the result, exactly
     * {@code plan.length()} long, into an audio file for {@link #join}; reports percent done as
     * often as {@link #renderSegment} does. Needs none of the segments, so it may run beside them.
     */
    void soundtrack(SoundtrackPlan plan, Path target, IntConsumer percentDone);

    /** Joins segments by stream copy with a {@link #soundtrack} into a faststart MP4, encoding nothing. */
    void join(List<Path> segments, Path soundtrack, Path target, IntConsumer percentDone);

    /** Writes a JPEG of the frame at the given time. */
    void thumbnail(Path video, Duration at, Path jpeg);

    /** Reads a media file's streams without trusting its name. */
    MediaInfo probe(Path file);

    /**
     * One scene's pictures.
     *
     * @param still          the scene's background (and title card) picture
     * @param previousStill  the last picture of the scene before, to cross-fade from; null for none
     * @param clip           a validated video playing behind the scene instead of the still (trimmed or
     *                       looped to the scene, placed by {@code clipFit}); null for a still scene
     * @param avatar         the presenter, or null
     */
    record SegmentPlan(int sceneIndex, Resolution frame, int fps, Quality quality, Duration duration, Path still,
                       boolean kenBurns, Path previousStill, Duration transition, List<TimedCaption> captions,
                       CaptionStyle captionStyle, AvatarPerformance avatar, Path clip, Visual.Fit clipFit) {

        /** A scene over a still picture. */
        public SegmentPlan(int sceneIndex, Resolution frame, int fps, Quality quality, Duration duration, Path still,
                           boolean kenBurns, Path previousStill, Duration transition, List<TimedCaption> captions,
                           CaptionStyle captionStyle, AvatarPerformance avatar) {
            this(sceneIndex, frame, fps, quality, duration, still, kenBurns, previousStill, transition, captions,
                    captionStyle, avatar, null, null);
        }
    }

    /**
     * A caption's lines and when they show, from the start of the segment.
     *
     * @param highlight the word drawn in the style's highlight colour (counting words over all lines,
     *                  from 0), or {@link #NO_HIGHLIGHT}
     */
    record TimedCaption(List<String> lines, Duration start, Duration end, int highlight) {

        public static final int NO_HIGHLIGHT = -1;

        public TimedCaption {
            lines = List.copyOf(lines);
        }

        public TimedCaption(List<String> lines, Duration start, Duration end) {
            this(lines, start, end, NO_HIGHLIGHT);
        }
    }

    /**
     * @param narration one WAV with the whole narration, aligned with the segments
     * @param length    the video's length: the soundtrack is padded or cut to it
     * @param music     a validated music file, or null
     */
    record SoundtrackPlan(Path narration, Duration length, Path music, double musicVolume, boolean ducking,
                          double loudnessTarget) {
    }

    /** What a media file really holds. */
    record MediaInfo(String format, Duration duration, List<Stream> streams) {

        public record Stream(String type, String codec, int width, int height, double fps, int sampleRate) {
        }
    }
}
