package io.videogen.infrastructure.media;

import io.videogen.application.port.out.RenderStepException;
import java.time.Duration;

/**
 * The time one media step may take. FFmpeg runs in-process, so instead of killing a process the
 * work loops check in here between packets and frames and abandon the step when time is up. The
 * listener hears every check-in too: a caller that wants the step stopped (its render was
 * cancelled) throws from it.
 */
record RenderBudget(String step, Duration allowance, long deadlineNanos, Runnable listener) {

    RenderBudget(String step, Duration allowance, long deadlineNanos) {
        this(step, allowance, deadlineNanos, () -> { });
    }

    RenderBudget listenedBy(Runnable checkIn) {
        return new RenderBudget(step, allowance, deadlineNanos, checkIn);
    }

    void checkpoint() {
        listener.run();
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new RenderStepException(step + " took longer than its allowance of " + allowance.toSeconds()
                    + " s and was stopped; the machine may be overloaded, try again", true);
        }
    }
}
