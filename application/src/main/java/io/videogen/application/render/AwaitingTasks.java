package io.videogen.application.render;

/**
 * Thrown from the composition stage of a render that fanned out: its segments are being made by
 * tasks, so the render stops here and its job waits for them (ADR 0024). Not a failure.
 */
final class AwaitingTasks extends RuntimeException {

    private final int unfinished;

    AwaitingTasks(int unfinished) {
        super(unfinished + " task(s) still to finish", null, false, false);
        this.unfinished = unfinished;
    }

    int unfinished() {
        return unfinished;
    }
}
