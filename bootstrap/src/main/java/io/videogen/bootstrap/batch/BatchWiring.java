package io.videogen.bootstrap.batch;

import io.videogen.application.batch.BatchService;
import io.videogen.application.port.in.CancelVideoUseCase;
import io.videogen.application.port.in.CreateVideoUseCase;
import io.videogen.application.port.in.FeatureGate;
import io.videogen.application.port.out.BatchRepository;
import io.videogen.application.port.out.CallbackAddressGuard;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.TransactionRunner;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the batch service from the video use cases and {@code videogen.batches.*}. */
class BatchWiring {

    @Produces
    @Singleton
    BatchService batchService(CreateVideoUseCase videos, CancelVideoUseCase cancels, BatchRepository batches,
                              TransactionRunner transactions, FeatureGate features, CallbackAddressGuard callbacks,
                              Clock clock, BatchConfig config) {
        return new BatchService(videos, cancels, batches, transactions, features, callbacks, clock, config.maxRows(),
                config.watchInterval());
    }
}
