package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import java.util.Optional;

/** Renders one queued video through every stage, for a worker that holds its job. */
public interface RenderVideoUseCase {

    /**
     * Renders the video and saves what came of it: completed; failed for good (a final failure, or
     * a passing one on the job's last attempt, {@link RenderClaim#lastAttempt()}); left in progress
     * for another attempt; or abandoned. The returned outcome says which; the caller only settles
     * the job by it.
     *
     * @param traceContext the trace context stored with the job, so the render joins the trace of the
     *                     request that asked for it; null continues the caller's current span
     * @param claim        the worker's hold on the video's job: asked between steps and inside long
     *                     ones, and every state change is saved through it, so a worker that lost its
     *                     job (cancelled, deleted, or its lease taken over) stops without writing anything more
     */
    Uni<RenderResult> render(VideoId id, String traceContext, RenderClaim claim);

    enum Outcome {
        COMPLETED,
        /** Failed for good, or on the last attempt; the video says why. */
        FAILED,
        /** Failed in a way another attempt may fix; the video stays in progress. */
        RETRYABLE_FAILURE,
        /**
         * The segments were handed out as tasks (ADR 0024): the job waits for them without a render
         * slot, and the render goes on, assembling, when the last one is done.
         */
        WAITING,
        /**
         * Stopped because the video was cancelled, changed or taken over, or the worker let the job
         * go (stopping, lease run out): a failure after the job was lost is this, not a failure.
         */
        ABANDONED
    }

    record RenderResult(Outcome outcome, Optional<VideoFailure> failure) {

        public static RenderResult of(Outcome outcome) {
            return new RenderResult(outcome, Optional.empty());
        }
    }
}
