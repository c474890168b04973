package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.TransactionRunner;
import java.util.function.Supplier;

/** Runs the work as it is; the fakes have nothing to roll back. */
public final class DirectTransactions implements TransactionRunner {

    public int transactions;

    @Override
    public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        transactions++;
        return Uni.createFrom().<T>deferred(work::get);
    }
}
