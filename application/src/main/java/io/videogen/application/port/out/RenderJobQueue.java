package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import java.time.Duration;
import java.util.Optional;

/** The durable queue of videos waiting to render. */
public interface RenderJobQueue {

    /** Enqueues a render; called inside the transaction that saves the queued video. */
    Uni<Void> enqueue(VideoId videoId, String traceContext);

    /**
     * Takes a due job no live worker holds, or nothing: of the owners with jobs due, the one with the
     * fewest renders running goes first, and of its jobs the oldest, so one owner's long batch
     * shares the workers with everyone else's videos instead of holding them all.
     */
    Uni<Optional<RenderJob>> claim(String workerId, Duration lease);

    /** Extends the lease; fails with {@link StaleVersionException} when the job was taken over. */
    Uni<RenderJob> renewLease(RenderJob job, Duration lease);

    Uni<Void> complete(RenderJob job);

    /** Schedules another attempt after a backoff, or gives up on the job and keeps the failure. */
    Uni<Void> fail(RenderJob job, VideoFailure failure);

    /**
     * Whether a retryable failure of this attempt would be tried again, or the job has used up its
     * attempts (then {@link #fail} ends it as dead).
     */
    boolean hasAttemptsLeft(RenderJob job);

    /**
     * Hands a job back untouched, for a worker that stops: due at once, and the attempt it was
     * given does not count. Fails with {@link StaleVersionException} when the job was taken over.
     */
    Uni<Void> release(RenderJob job);

    /**
     * Inside the caller's transaction, after its writes: confirms that the worker still holds the
     * job (same fencing token, still running) and keeps other workers from claiming it until the
     * transaction ends. Fails with {@link StaleVersionException} otherwise, which rolls the
     * transaction back — so a worker whose lease was taken over cannot save anything more.
     */
    Uni<Void> confirmHeld(RenderJob job);

    /**
     * Parks a job whose render fanned out (ADR 0024): it waits, claimed by no one and holding no
     * render slot, until its last task is done; if none is left unfinished it is due again at once.
     * Either way the attempt does not count. Fenced by the job's token.
     *
     * @return true when the job waits, false when it is due again at once
     */
    Uni<Boolean> awaitTasks(RenderJob job);

    /** Removes a job that should not run any more (its video was cancelled or deleted), and its tasks with it. */
    Uni<Void> withdraw(VideoId videoId);
}
