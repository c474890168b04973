package io.videogen.application.render;

import io.videogen.domain.video.VideoFailure;
import java.time.Duration;

/** How a run of the pipeline ended: the one place that says whether a render completed, failed or was abandoned. */
public sealed interface PipelineOutcome {

    /** Every output is stored. */
    record Completed(Duration duration) implements PipelineOutcome {
    }

    /** A stage failed; the failure names the stage, the scene when one caused it, and whether a retry may help. */
    record Failed(VideoFailure failure, Throwable cause) implements PipelineOutcome {
    }

    /** The segments were handed to tasks on the queue: the job waits for them, then renders again (ADR 0024). */
    record Waiting(int unfinishedTasks) implements PipelineOutcome {
    }

    /** The job was lost (cancelled, deleted, taken over) or the video changed meanwhile: nothing more is written. */
    record Abandoned() implements PipelineOutcome {
    }
}
