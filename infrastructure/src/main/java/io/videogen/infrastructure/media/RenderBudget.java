package io.videogen.infrastructure.media;

import io.videogen.application.port.out.RenderStepException;
import java.time.Duration;

/**
 * The time one media step may take. FFmpeg runs in-process, so instead of killing a process the
 * work loops check in here between packets and frames and abandon the step when time is up.
 */
record RenderBudget(String step, Duration allowance, long deadlineNanos) {

    void checkpoint() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new RenderStepException(step + " took longer than its allowance of " + allowance.toSeconds()
                    + " s and was stopped; the machine may be overloaded, try again", true);
        }
    }
}
