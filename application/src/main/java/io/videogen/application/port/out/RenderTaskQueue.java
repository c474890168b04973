package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The child tasks of fanned-out renders (ADR 0024), on the same queue as the videos' jobs. A job that
 * fanned out waits, claimed by no one ({@link RenderJobQueue#awaitTasks}); the task that finishes
 * last makes it due again, and any worker assembles it.
 */
public interface RenderTaskQueue {

    /**
     * Adds the orders that are not tasks of the video yet; call it through the job's fence
     * ({@code RenderClaim.fenced}), so a worker that lost the job adds nothing.
     *
     * @param traceContext the span the tasks' spans hang under
     * @return how many of the video's tasks are not finished (neither done nor dead)
     */
    Uni<Integer> fanOut(VideoId videoId, List<TaskOrder> orders, String traceContext);

    /**
     * Takes a run of due tasks no live worker holds (queued ones, or ones whose holder's lease ran out),
     * all of one video, in one statement: at most {@code upTo}, and fewer as the video's due tasks run
     * short against the workers taking them, so that several workers still share a video. The run's
     * tasks share one lease and one fencing token. Empty when no task is due.
     */
    Uni<List<RenderTask>> claim(String workerId, Duration lease, int upTo);

    /** A run of one task (see {@link #claim(String, Duration, int)}). */
    default Uni<Optional<RenderTask>> claim(String workerId, Duration lease) {
        return claim(workerId, lease, 1).map(run -> run.stream().findFirst());
    }

    /**
     * Extends the lease of a run's tasks still held, in one statement; fails with
     * {@link StaleVersionException} when none of them is (taken over or withdrawn).
     */
    Uni<List<RenderTask>> renewLease(List<RenderTask> run, Duration lease);

    default Uni<RenderTask> renewLease(RenderTask task, Duration lease) {
        return renewLease(List.of(task), lease).map(run -> run.get(0));
    }

    /**
     * Marks a run's tasks done in one round trip, each fenced by its token (a task taken over meanwhile
     * is left to its new holder); the last unfinished task of a waiting job makes the job due again, in
     * the same transaction — and exactly once, however many tasks finish at the same moment. Fails with
     * {@link StaleVersionException} when none of them is held any more.
     *
     * @return the frames of the video's segment tasks done so far, and what the same round trip saw of the video
     */
    Uni<Completion> complete(List<RenderTask> run);

    default Uni<Completion> complete(RenderTask task) {
        return complete(List.of(task));
    }

    /** Another attempt after a backoff, or dead with the failure (which also counts as finished). */
    Uni<Void> fail(RenderTask task, VideoFailure failure);

    boolean hasAttemptsLeft(RenderTask task);

    /**
     * Hands a run's tasks back untouched, in one statement, for a worker that stops: due at once, the
     * attempt not counted. Fails with {@link StaleVersionException} when none of them is held any more.
     */
    Uni<Void> release(List<RenderTask> run);

    /** Inside the caller's transaction: the worker still holds a task of the run (see {@link RenderJobQueue#confirmHeld}). */
    Uni<Void> confirmHeld(List<RenderTask> run);

    /**
     * The videos whose jobs this worker fanned out and still wait for their tasks, each with the artefacts
     * other workers made for it so far (done, so in the media store): what the worker may copy into the
     * video's workspace while it has nothing else to do (ADR 0024, "Segments fetched ahead"). A video not
     * listed waits no longer for this worker: due again, taken, withdrawn.
     */
    Uni<Map<VideoId, List<String>>> madeElsewhere(String homeWorker);

    /** The video's tasks, for operators and tests: who made which artefact. */
    Uni<List<TaskState>> tasksOf(VideoId videoId);

    /**
     * A task's finish as it found its video, so that its progress event needs no second read.
     *
     * @param jobDue    this finish was the video's last unfinished task and made its waiting job due again
     * @param composing the video's stored progress while its composition stage runs; empty when the
     *                  video no longer renders (cancelled, failed, deleted) or composes
     */
    record Completion(boolean jobDue, Frames frames, Optional<Progress> composing) {
    }

    record Frames(long done, long total) {

        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, 100 * done / total);
        }
    }

    /** @param worker the worker holding it while running, the one that finished it once done; else null */
    record TaskState(String artefact, TaskOrder.Kind kind, int sceneIndex, String status, int attempt,
                     String worker) {
    }
}
