package io.videogen.infrastructure.media;

import io.videogen.domain.media.Quality;

/**
 * How x264 codes the two kinds of GOP of a segment for each quality: runs of moving frames (cross-fades,
 * Ken Burns, a presenter, sub-second caption spans) and a picture held still ({@link SegmentEncoder#hold}).
 * Both are coded by encoders of one segment that must write the same parameter sets, so {@link Coding#params}
 * also carries what brings the two presets' headers together (ADR 0032).
 */
record X264Settings(Coding moving, Coding still) {

    /**
     * How much finer a held picture is coded than x264 coding every frame at the quality's CRF would
     * code it. x264 gives a picture that many later frames copy a far lower quantiser (macroblock tree)
     * and refines it in the next P frame; a held picture coded alone, as an IDR picture with its repeats
     * written without x264, gets neither, so it is asked for directly. bench/quality.sh shows the held
     * pictures at least as close to the painted ones as x264 coding every frame at that CRF.
     */
    static final int STILL_CRF_STEP = 15;

    /** One encoder's preset, rate factor and x264 parameters beyond the segment's own (closed GOPs, stitchable). */
    record Coding(String preset, int crf, String params) {
    }

    static X264Settings of(Quality quality) {
        return switch (quality) {
            case DRAFT -> sameFor(new Coding("veryfast", 28, ""));
            case STANDARD -> sameFor(new Coding("veryfast", 23, ""));
            // The floor (floor.sh, the hand-written FFmpeg command) codes every frame with medium at CRF 18.
            // Held pictures are coded as before, medium at CRF 18 - 15. Moving frames were 70 % of x264's
            // time for at most a tenth of the frames: veryfast at CRF 13 codes them at least as close to
            // the painted pictures as the floor's medium at 18 (bench/quality.sh) in less than half the time,
            // at about twice their bits. The two presets' parameter sets differ in two fields, made equal:
            // veryfast has one reference frame (an IDR picture uses none, so the held picture's encoder
            // says one too), and medium's psy-rd lowers the chroma QP offset by 2 (veryfast, without
            // psy-rd, is given that offset).
            case HIGH -> new X264Settings(new Coding("veryfast", 13, ":chroma-qp-offset=-2"),
                    new Coding("medium", 18 - STILL_CRF_STEP, ":ref=1"));
        };
    }

    /** One preset for both kinds of GOP; held pictures {@link #STILL_CRF_STEP} finer. */
    private static X264Settings sameFor(Coding moving) {
        return new X264Settings(moving, new Coding(moving.preset(), Math.max(1, moving.crf() - STILL_CRF_STEP),
                moving.params()));
    }
}
