package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.TransactionRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The transaction boundary of the application services (docs/adr/0002): everything the work does
 * through this package's adapters — rows and render jobs alike — commits together or not at all.
 */
@ApplicationScoped
class PanacheTransactionRunner implements TransactionRunner {

    private final Database database;

    PanacheTransactionRunner(Database database) {
        this.database = database;
    }

    @Override
    public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return database.inTransaction(work);
    }
}
