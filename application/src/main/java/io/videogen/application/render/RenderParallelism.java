package io.videogen.application.render;

import io.videogen.domain.media.Resolution;

/**
 * The one owner of every degree of parallelism a render process uses, set by configuration
 * ({@code videogen.render.*}) and handed to the pipeline and the adapters alike.
 *
 * @param renderSlots       renders a worker process runs at once
 * @param painters          stills painted at once within one render
 * @param encoderSlots      x264 encoders running at once in the whole process, whoever starts them
 * @param parallelFrameArea the largest frame (width × height) whose segments are encoded side by side;
 *                          a larger encoder's look-ahead frames leave no memory for a second one
 * @param splitScenes       whether a long enough scene may be encoded as two halves side by side
 */
public record RenderParallelism(int renderSlots, int painters, int encoderSlots, long parallelFrameArea,
                                boolean splitScenes) {

    /** Up to 720p, where two x264 encoders fit the memory a render may use. */
    public static final long HD_AREA = 1280L * 720;

    public RenderParallelism {
        require("render slots", renderSlots);
        require("painters", painters);
        require("encoder slots", encoderSlots);
        if (parallelFrameArea < 0) {
            throw new IllegalArgumentException("the parallel frame area cannot be negative");
        }
    }

    /**
     * As many renders and painters as cores, and two encoders where there are two cores: one x264
     * encoder keeps only about 1.5 of 2 cores busy on mostly static pictures, two keep both busy.
     */
    public static RenderParallelism forCores(int cores) {
        int n = Math.max(1, cores);
        return new RenderParallelism(n, n, Math.min(2, n), HD_AREA, true);
    }

    public static RenderParallelism forThisMachine() {
        return forCores(Runtime.getRuntime().availableProcessors());
    }

    /** How many segments of this frame size are encoded at once (each on its own thread); 1: one after another. */
    public int segmentsAtOnce(Resolution frame) {
        return (long) frame.width() * frame.height() <= parallelFrameArea ? encoderSlots : 1;
    }

    /** Whether a scene of this frame size may be split into two halves encoded side by side. */
    public boolean splitsScenes(Resolution frame) {
        return splitScenes && segmentsAtOnce(frame) > 1;
    }

    private static void require(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, not " + value);
        }
    }
}
