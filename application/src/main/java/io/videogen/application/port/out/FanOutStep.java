package io.videogen.application.port.out;

import java.util.Locale;

/**
 * A step a fanned-out render takes only because it fanned out (ADR 0024): the tasks' bookkeeping on the
 * queue and the transfer of their inputs and artefacts through the media store. Making a segment is
 * not one of them. Timed where it runs, so the fan-out's overhead is measured, not inferred
 * ({@code videogen_fanout_overhead_seconds}, docs/operations.md).
 */
public enum FanOutStep {
    /** A worker's claim that got a task (empty polls are a worker's idling, fan-out or not); the claim brings the task's brief. */
    CLAIM,
    /** A task's worker loads the video and opens its workspace. */
    LOAD,
    /** The job puts a still, a generated clip or the narration track in the store for the tasks. */
    INPUT_PUT,
    /** The job queues its tasks, each with its brief (or counts those still unfinished). */
    QUEUE,
    /** A task's worker copies in the inputs its brief names. */
    INPUT_GET,
    /**
     * A task's worker waits for the puts of the segments or soundtrack its run made (each put runs
     * while the run's next task is made; what is left of them when the run ends is waited for here).
     */
    ARTEFACT_PUT,
    /**
     * One put of a segment or soundtrack a task made, in the store, timed whole on the thread that put it,
     * off the worker's path ({@link #ARTEFACT_PUT} is the part the worker waited for): not part of the
     * overhead's sum, reported beside it so that nothing is hidden. The worker that fanned the video out
     * and assembles it puts nothing: what it makes stays in its workspace.
     */
    ARTEFACT_PUT_BACKGROUND,
    /**
     * The assembling worker looks for (and copies in) an artefact a task made; or, before it claims a job,
     * waits for its copy ahead ({@link #ARTEFACT_GET_AHEAD}) still under way.
     */
    ARTEFACT_GET,
    /**
     * The worker that fanned a video out, every heartbeat while its job waits, copies into the video's
     * workspace the segments other workers already made (ADR 0024, "Segments fetched ahead"),
     * timed whole where it ran, off the worker's path: not part of the overhead's sum, reported beside it
     * as the puts' own time is ({@link #ARTEFACT_PUT_BACKGROUND}).
     */
    ARTEFACT_GET_AHEAD,
    /** A task's worker marks it done (or failed) on the queue. */
    SETTLE,
    /** A finished task moves the video's progress for its watchers. */
    PROGRESS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
