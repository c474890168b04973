package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Makes the tasks of a fanned-out render (ADR 0024) — segments or the soundtrack of a video — for a
 * worker that holds them, a run of them at a time, and shares each through the media store for the worker
 * that assembles (unless that is this worker).
 */
public interface RenderTaskUseCase {

    /**
     * Makes a run's tasks — all of one video, claimed together — one after another on one blocking thread,
     * the video's workspace opened once for the run, and starts sharing each: its put in the media store
     * runs on while the next task is made, and each task is settled by its {@link Made#outcome()}, once its
     * put ended. No task is started after one was abandoned (the run lost, or its video no longer rendering).
     *
     * @param claim the worker's hold on the run, asked every few frames
     * @return one per task started, in the run's order: the make's outcome — completed, failed (for good, or
     *         retryable), or abandoned — with the put of what it made, if any; a task whose make broke on an
     *         unexpected error has an outcome that fails with it ({@link Made#broken})
     */
    Uni<List<Made>> make(List<Task> run, RenderClaim claim);

    /** A run of one task (see {@link #make(List, RenderClaim)}). */
    default Uni<Made> make(VideoId id, Optional<VideoSpec> rendering, String artefact, byte[] brief, boolean home,
                           String traceContext, RenderClaim claim) {
        return make(List.of(new Task(id, rendering, artefact, brief, home, traceContext)), claim)
                .map(made -> made.get(0));
    }

    /**
     * A task of a run, as its claim found it.
     *
     * @param rendering    the video's spec, as the claim found the video rendering; empty when it no longer was
     * @param artefact     the content-addressed name of what to make, as the video's render handed it out
     * @param brief        what it is made from, as the render serialized it into the task's row
     * @param home         whether this worker fanned the video out and assembles it: what it makes then stays in
     *                     its workspace, where the assembly finds it, and is not put in the store
     * @param traceContext the span of the render that handed it out: the task's span joins its trace
     */
    record Task(VideoId id, Optional<VideoSpec> rendering, String artefact, byte[] brief, boolean home,
                String traceContext) {

        public Task {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(rendering, "rendering");
            Objects.requireNonNull(artefact, "artefact");
        }
    }

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

        /**
         * A task whose make broke on an unexpected error instead of returning its outcome: the run goes on
         * (as after a retryable failure), and its outcome fails with the error, for the worker to settle.
         */
        public static Made broken(Throwable error) {
            return new Made(RenderResult.of(Outcome.RETRYABLE_FAILURE), CompletableFuture.failedFuture(error));
        }

        /** Whether a put of what the task made is under way. */
        public boolean shares() {
            return sharing != null && made.outcome() == Outcome.COMPLETED;
        }

        /** What the task is settled by: the put's outcome once it ended, or the make's when nothing is put. */
        public Uni<RenderResult> outcome() {
            return sharing == null ? Uni.createFrom().item(made) : Uni.createFrom().completionStage(sharing);
        }
    }

    /**
     * Copies into the video's workspace, side by side, those of {@code artefacts} (made by other workers for
     * it, in the media store) the workspace lacks, so that its assembly here finds them (ADR 0024, "Segments
     * fetched ahead"); blocking work on a thread of its own. Timed as its own time, off the worker's path.
     */
    Uni<Void> fetchAhead(VideoId id, List<String> artefacts);

    /**
     * Tells the video's watchers how far its composition is, over every worker's tasks.
     *
     * @param stored the video's progress as the task's finish read it, while its composition ran
     */
    Uni<Void> progressed(VideoId id, int compositionPercent, Progress stored);
}
