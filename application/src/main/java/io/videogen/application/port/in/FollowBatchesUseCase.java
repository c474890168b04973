package io.videogen.application.port.in;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.videogen.domain.batch.Batch;
import io.videogen.domain.batch.BatchId;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;

/** Reads batches as their videos progress. */
public interface FollowBatchesUseCase {

    /** The batch, or a ResourceNotFoundException when the caller may not see it. */
    Uni<Batch> get(BatchId id, Caller caller);

    /** The caller's batches (all, for admins), newest first. */
    Uni<Page<Batch>> list(Caller caller, PageRequest page);

    /** The batch now, then again whenever its counts change; the stream ends once the batch has ended. */
    Multi<Batch> watch(BatchId id, Caller caller);
}
