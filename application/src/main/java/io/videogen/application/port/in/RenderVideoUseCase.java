package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Renders one queued video through every stage, for a worker that holds its job. */
public interface RenderVideoUseCase {

    /**
     * @param claim the worker's hold on the video's job: asked between steps and inside long ones,
     *              and every state change is saved through it, so a worker that lost its job
     *              (cancelled, deleted, or its lease taken over) stops without writing anything more
     */
    Uni<RenderResult> render(VideoId id, RenderClaim claim);

    /**
     * The same, traced under the span that queued the job: a worker passes the job's stored trace
     * context, so the render joins the trace of the request that asked for it.
     *
     * @param traceContext the trace context stored with the job; null continues the caller's current span
     */
    default Uni<RenderResult> render(VideoId id, String traceContext, RenderClaim claim) {
        return render(id, claim);
    }

    /** Renders outside any queue, writing unguarded; for tests and tools. */
    default Uni<RenderResult> render(VideoId id, BooleanSupplier stillOwned) {
        return render(id, RenderClaim.unfenced(stillOwned));
    }

    /** Marks a video failed once its job has used up its retries, while the worker still holds the job. */
    Uni<Void> giveUp(VideoId id, VideoFailure failure, RenderClaim claim);

    /** Gives up outside any queue, writing unguarded; for tests and tools. */
    default Uni<Void> giveUp(VideoId id, VideoFailure failure) {
        return giveUp(id, failure, RenderClaim.unfenced(() -> true));
    }

    enum Outcome {
        COMPLETED,
        /** Failed for good; the video says why. */
        FAILED,
        /** Failed in a way another attempt may fix; the video stays in progress. */
        RETRYABLE_FAILURE,
        /** Stopped because the video was cancelled, changed or taken over. */
        ABANDONED
    }

    record RenderResult(Outcome outcome, Optional<VideoFailure> failure) {

        public static RenderResult of(Outcome outcome) {
            return new RenderResult(outcome, Optional.empty());
        }
    }
}
