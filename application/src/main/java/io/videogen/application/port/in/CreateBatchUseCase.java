package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.batch.Batch;

/** Creates every video of a batch and queues it, all in one transaction: a bad row creates nothing. */
public interface CreateBatchUseCase {

    /**
     * Fails with {@code FeatureDisabledException} while batches are switched off, and with an
     * {@code InvalidValueException} naming {@code rows[i].<variable>} for the first row that cannot
     * become a video, or {@code rows} when there are more than the configured maximum.
     */
    Uni<Batch> create(CreateBatchCommand command);
}
