package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;

/** Sends the webhooks that are due; called periodically by every process that may send them. */
public interface DeliverWebhooksUseCase {

    /** @return how many deliveries were attempted */
    Uni<Integer> deliverDue();
}
