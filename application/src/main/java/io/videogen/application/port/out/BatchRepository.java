package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.batch.Batch;
import io.videogen.domain.batch.BatchId;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.video.VideoId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Batches and the video of each of their rows; their counts are read from the videos. */
public interface BatchRepository {

    /** Inside the caller's transaction, beside the videos it lists in row order. */
    Uni<Void> add(BatchId id, UserId owner, List<VideoId> videos, Optional<CallbackUrl> callbackUrl, Instant at);

    /** Only a batch the caller may see (its own, or any for admins); ownership is part of the query. */
    Uni<Optional<Batch>> findVisible(BatchId id, Caller caller);

    Uni<Page<Batch>> listVisible(Caller caller, PageRequest page);

    /** Marks a running batch cancelled (its videos are cancelled through the video use case). */
    Uni<Void> markCancelled(BatchId id);

    /**
     * Records the end of every batch whose videos have all ended and that has not ended yet —
     * running ones become completed — and, in the same transaction, writes the
     * {@code batch.completed} webhook of those with a callback URL. Safe to run in any number of
     * processes at once: each batch ends once.
     */
    Uni<List<BatchId>> settleEnded(Instant now);
}
