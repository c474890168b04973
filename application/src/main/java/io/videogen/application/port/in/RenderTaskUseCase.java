package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Makes one task of a fanned-out render (ADR 0024) — a segment or the soundtrack of a video — for a
 * worker that holds the task, and shares it through the media store for the worker that assembles
 * (unless that is this worker).
 */
public interface RenderTaskUseCase {

    /**
     * Makes the task's artefact and starts sharing it: the put in the media store runs on while the worker
     * makes its run's next task, and the task is settled by {@link Made#outcome()}, once the put ended.
     *
     * @param rendering    the video's spec, as the claim found the video rendering; empty when it no longer was
     * @param artefact     the content-addressed name of what to make, as the video's render handed it out
     * @param brief        what it is made from, as the render serialized it into the task's row
     * @param home         whether this worker fanned the video out and assembles it: what it makes then stays in
     *                     its workspace, where the assembly finds it, and is not put in the store
     * @param traceContext the span of the render that handed it out: the task's span joins its trace
     * @param claim        the worker's hold on the task, asked every few frames
     * @return the make's outcome — completed, failed (for good, or retryable), or abandoned when the task was
     *         lost — with the put of what it made, if any
     */
    Uni<Made> make(VideoId id, Optional<VideoSpec> rendering, String artefact, byte[] brief, boolean home,
                   String traceContext, RenderClaim claim);

    /**
     * A task's artefact made, and being shared for the worker that assembles its video.
     *
     * @param made    the make's outcome: an abandoned one stops the run
     * @param sharing the put of what was made, under way (its outcome the task's: a failed put fails the task
     *                as a failed make does); null when nothing is put — nothing made, or made by the home worker
     */
    record Made(RenderResult made, CompletionStage<RenderResult> sharing) {

        public Made {
            Objects.requireNonNull(made, "made");
        }

        public static Made unshared(RenderResult made) {
            return new Made(made, null);
        }

        public boolean shares() {
            return sharing != null;
        }

        /** What the task is settled by: the put's outcome once it ended, or the make's when nothing is put. */
        public Uni<RenderResult> outcome() {
            return sharing == null ? Uni.createFrom().item(made) : Uni.createFrom().completionStage(sharing);
        }
    }

    /**
     * Tells the video's watchers how far its composition is, over every worker's tasks.
     *
     * @param stored the video's progress as the task's finish read it, while its composition ran
     */
    Uni<Void> progressed(VideoId id, int compositionPercent, Progress stored);
}
