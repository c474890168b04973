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
     *
     * @return how many of its pieces were found kept and how many were encoded (both 0 when not made in pieces)
     */
    SoundtrackPieces soundtrack(SoundtrackPlan plan, Path target, IntConsumer percentDone);

    /**
     * The samples, at a narration's own rate, that the soundtrack's encoder codes as one frame: a narration whose
     * scenes start on multiples of it is cut into pieces that keep their bytes wherever an edit moves them (ADR
     * 0052). 1 when the soundtrack has no such grid.
     */
    int soundtrackFrame();

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
     * @param lead           the scene's first frames kept as a segment of their own, or null (ADR 0041)
     */
    record SegmentPlan(int sceneIndex, Resolution frame, int fps, Quality quality, Duration duration, Path still,
                       boolean kenBurns, Path previousStill, Duration transition, List<TimedCaption> captions,
                       CaptionStyle captionStyle, AvatarPerformance avatar, Path clip, Visual.Fit clipFit,
                       SceneLead lead) {

        /** A scene whose frames are all coded into its own segment. */
        public SegmentPlan(int sceneIndex, Resolution frame, int fps, Quality quality, Duration duration, Path still,
                           boolean kenBurns, Path previousStill, Duration transition, List<TimedCaption> captions,
                           CaptionStyle captionStyle, AvatarPerformance avatar, Path clip, Visual.Fit clipFit) {
            this(sceneIndex, frame, fps, quality, duration, still, kenBurns, previousStill, transition, captions,
                    captionStyle, avatar, clip, clipFit, null);
        }

        /** A scene over a still picture. */
        public SegmentPlan(int sceneIndex, Resolution frame, int fps, Quality quality, Duration duration, Path still,
                           boolean kenBurns, Path previousStill, Duration transition, List<TimedCaption> captions,
                           CaptionStyle captionStyle, AvatarPerformance avatar) {
            this(sceneIndex, frame, fps, quality, duration, still, kenBurns, previousStill, transition, captions,
                    captionStyle, avatar, null, null);
        }

        /** The same scene with its first frames kept in {@code lead}. */
        public SegmentPlan withLead(SceneLead lead) {
            return new SegmentPlan(sceneIndex, frame, fps, quality, duration, still, kenBurns, previousStill,
                    transition, captions, captionStyle, avatar, clip, clipFit, lead);
        }

        /** The frames of the scene: its length in whole frames, at least one. */
        public int frameCount() {
            return Math.max(1, framesIn(duration, fps));
        }

        /** The frames the cross-fade from the previous scene lasts (none without one), at most the scene's. */
        public int fadeFrames() {
            return previousStill == null ? 0 : Math.min(frameCount(), framesIn(transition, fps));
        }

        /**
         * How many of the scene's first frames show only the fade between two pictures: fade frames
         * before the first caption shows (all of the fade when no caption does), never the whole scene.
         * Their pictures do not depend on the scene's words, so they may be coded apart and kept
         * (ADR 0041); the owner of where that cut lies.
         */
        public int captionFreeFadeFrames() {
            int frames = Math.min(fadeFrames(), frameCount() - 1);
            for (TimedCaption caption : captions == null ? List.<TimedCaption>of() : captions) {
                if (caption.end().compareTo(caption.start()) > 0) {
                    frames = Math.min(frames, frameAt(caption.start(), fps));
                }
            }
            return Math.max(0, frames);
        }

        /** How many frames a duration lasts, to the nearest frame. */
        public static int framesIn(Duration duration, int fps) {
            return duration == null ? 0 : (int) Math.round(duration.toNanos() * (double) fps / 1e9);
        }

        /** The first frame whose start time is at or after {@code time}: where a caption starts or ends showing. */
        public static int frameAt(Duration time, int fps) {
            return (int) Math.ceil(time.toNanos() * (double) fps / 1e9 - 1e-6);
        }
    }

    /**
     * A scene's first {@code frames} frames coded as a segment of their own in {@code file}: found there
     * and copied in front of the rest, or made there first. Named by exactly what those frames show.
     */
    record SceneLead(Path file, int frames) {

        public SceneLead {
            if (frames < 1) {
                throw new IllegalArgumentException("a lead has at least one frame: " + frames);
            }
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
     * @param keptPieces a directory where the soundtrack's encoded pieces are kept by their content, for a later
     *                   soundtrack whose pieces sound the same (ADR 0042); null to keep none
     */
    record SoundtrackPlan(Path narration, Duration length, Path music, double musicVolume, boolean ducking,
                          double loudnessTarget, Path keptPieces) {
    }

    /**
     * A soundtrack's pieces (spans of the narration between silences): their AAC found kept and encoded (ADR
     * 0042), and, of those with sound, their levelled samples found kept and levelled (ADR 0044).
     */
    record SoundtrackPieces(int kept, int encoded, int levelKept, int levelled) {

        /** A soundtrack not made in pieces (music, or a narration too long to hold). */
        public static final SoundtrackPieces NONE = new SoundtrackPieces(0, 0, 0, 0);
    }

    /** What a media file really holds. */
    record MediaInfo(String format, Duration duration, List<Stream> streams) {

        public record Stream(String type, String codec, int width, int height, double fps, int sampleRate) {
        }
    }
}
