package io.videogen.infrastructure.media;

import io.videogen.domain.media.Quality;

/** The x264 preset and constant rate factor for each quality. */
record X264Settings(String preset, int crf) {

    /**
     * How much finer a held picture is coded than moving frames. x264 gives a picture that many later
     * frames copy a far lower quantiser (macroblock tree) and refines it in the next P frame; a held
     * picture coded alone, as an IDR picture with its repeats written without x264, gets neither, so
     * it is asked for directly. bench/quality.sh shows the held pictures at least as close to the
     * painted ones as x264 coding every frame at {@link #crf()}.
     */
    static final int STILL_CRF_STEP = 15;

    /** The rate factor for a picture held still over a span of frames. */
    int stillCrf() {
        return Math.max(1, crf - STILL_CRF_STEP);
    }

    static X264Settings of(Quality quality) {
        return switch (quality) {
            case DRAFT -> new X264Settings("veryfast", 28);
            case STANDARD -> new X264Settings("veryfast", 23);
            // The same settings as floor.sh, the hand-written FFmpeg command we compare against.
            case HIGH -> new X264Settings("medium", 18);
        };
    }
}
