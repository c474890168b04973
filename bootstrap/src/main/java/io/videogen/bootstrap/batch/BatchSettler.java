package io.videogen.bootstrap.batch;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.videogen.application.batch.BatchService;
import io.videogen.bootstrap.rounds.PeriodicRounds;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Ends the batches whose videos have all ended, every {@code videogen.batches.settle-interval}, in
 * every instance: the statement ends each batch once (and writes its batch.completed webhook with
 * it) however many instances run it at the same time.
 */
@ApplicationScoped
class BatchSettler {

    private final PeriodicRounds rounds;

    BatchSettler(Vertx vertx, BatchService batches, BatchConfig config) {
        this.rounds = new PeriodicRounds(vertx, Logger.getLogger(BatchSettler.class), "settle ended batches",
                config.settleInterval(), batches::settle);
    }

    void start(@Observes StartupEvent started) {
        rounds.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        rounds.stop();
    }
}
