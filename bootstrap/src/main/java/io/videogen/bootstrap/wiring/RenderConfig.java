package io.videogen.bootstrap.wiring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.OptionalInt;

/**
 * How much a render process does at once: {@code videogen.render.*}, made into the one
 * {@link io.videogen.application.render.RenderParallelism} the pipeline and the composer share.
 */
@ConfigMapping(prefix = "videogen.render")
public interface RenderConfig {

    /** Renders a worker process runs at once; default {@code videogen.worker.concurrency}, else the cores. */
    OptionalInt slots();

    /** Stills painted at once within one render; default the cores. */
    OptionalInt painters();

    /** x264 encoders running at once in the process; default two, or one on one core. */
    OptionalInt encoderSlots();

    /** The largest frame (width × height) whose segments are encoded side by side; default 1280 × 720. */
    @WithDefault("921600")
    long parallelFrameArea();

    /** Whether a long enough scene is encoded as two halves side by side (up to the parallel frame area). */
    @WithDefault("true")
    boolean splitScenes();

    /** When a render's segments become tasks for every worker (ADR 0024): {@code videogen.render.fan-out.*}. */
    FanOut fanOut();

    interface FanOut {

        /**
         * Segments still to encode from which they are handed out as tasks; 0 keeps every render in
         * the process that claimed it. Measured in bench/README.md ("Scene fan-out").
         */
        @WithDefault("12")
        int minScenes();

        /**
         * The most tasks of one video a worker claims at once and makes one after another (one claim, one
         * lease, one finish for them all); fewer as the video's due tasks run short against the workers
         * taking them. 1: a task per claim. Measured in bench/README.md ("Briefs in the task's row, runs
         * of tasks per claim, the narration kept home").
         */
        @WithDefault("4")
        int tasksPerClaim();
    }
}
