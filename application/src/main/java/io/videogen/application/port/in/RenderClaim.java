package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * A worker's hold on one video's render job, as the render sees it. The render asks
 * {@link #stillOwned()} between steps and inside long ones (every few frames), and saves the
 * video's state only through {@link #fenced}, so a worker that lost its job — the video was
 * cancelled or deleted, or its lease ran out and another worker took the job over — stops within
 * moments and can never write over what the job's new owner wrote.
 */
public interface RenderClaim {

    /** Cheap enough to ask per frame; false for good once the worker lost the job. */
    boolean stillOwned();

    /**
     * Runs a write of the video's state in one transaction that commits only while this worker
     * still holds the job; otherwise the write is rolled back and the returned Uni fails with the
     * queue's stale-version error.
     */
    <T> Uni<T> fenced(Supplier<Uni<T>> write);

    /** Whether this is the job's last attempt: a failure another attempt might fix then fails the video. */
    boolean lastAttempt();
}
