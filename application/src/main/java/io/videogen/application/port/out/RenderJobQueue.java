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

    /** Takes the oldest due job no live worker holds, or nothing. */
    Uni<Optional<RenderJob>> claim(String workerId, Duration lease);

    /** Extends the lease; fails with {@link StaleVersionException} when the job was taken over. */
    Uni<RenderJob> renewLease(RenderJob job, Duration lease);

    Uni<Void> complete(RenderJob job);

    /** Schedules another attempt after a backoff, or gives up on the job and keeps the failure. */
    Uni<Void> fail(RenderJob job, VideoFailure failure);

    /** Removes a job that should not run any more (its video was cancelled or deleted). */
    Uni<Void> withdraw(VideoId videoId);
}
