package io.videogen.application.port.out;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The sound files speech is kept in (WAV offline): how long a clip lasts, and clips laid on a
 * silent track at exact times — a scene's narration for the presenter's lips, the whole video's for
 * the soundtrack. Clips are placed by sample offset from the start, so rounding never accumulates.
 */
public interface SpeechAudio {

    /** How long the clip lasts; fails when the file is not a clip this adapter reads. */
    Duration length(Path clip) throws IOException;

    /**
     * Writes a track {@code length} long, silent but for each clip from its time on, in the format
     * of the first clip (all must share it); written whole or not at all.
     *
     * @throws RenderStepException when a clip cannot be read or the clips disagree on their format
     */
    default void lay(List<Placement> clips, Duration length, Path target) throws IOException {
        lay(clips, length, 1, target);
    }

    /**
     * As {@link #lay(List, Duration, Path)}, each clip at the sample {@link Placement#sample} gives it on a
     * grid of {@code grid} samples at the clips' rate: the anchors (the scenes' starts) on the grid.
     */
    void lay(List<Placement> clips, Duration length, int grid, Path target) throws IOException;

    /**
     * A clip and when it starts on the track: {@code offset} after its {@code anchor} (where its scene starts).
     */
    record Placement(Path clip, Duration anchor, Duration offset) {

        /** A clip at {@code at} from the track's start, wherever the grid lies. */
        public Placement(Path clip, Duration at) {
            this(clip, Duration.ZERO, at);
        }

        /**
         * The sample the clip starts at on a track of {@code rate} samples a second whose anchors lie on multiples
         * of {@code grid} samples: its anchor moved to the nearest multiple (half-way: the later one), so at most
         * half a grid step early or late, then its offset, both rounded to whole samples on their own (ADR 0052).
         * Every clip of an anchor moves with it, and an anchor moved by any time stays on the grid: the owner of
         * where a scene's speech lies against the soundtrack's audio frames.
         */
        public long sample(int rate, int grid) {
            long anchorSample = Math.round(anchor.toNanos() / 1e9 * rate);
            long onGrid = grid <= 1 ? anchorSample : Math.floorDiv(2 * anchorSample + grid, 2L * grid) * grid;
            return onGrid + Math.round(offset.toNanos() / 1e9 * rate);
        }
    }
}
