package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.batch.Batch;
import io.videogen.domain.batch.BatchId;
import io.videogen.domain.user.Caller;

public interface CancelBatchUseCase {

    /** Cancels every video of the batch that has not ended; those that completed or failed stay. */
    Uni<Batch> cancel(BatchId id, Caller caller);
}
