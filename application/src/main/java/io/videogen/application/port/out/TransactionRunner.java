package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** Runs work in one database transaction: it all commits, or none of it does. See docs/adr/0002. */
public interface TransactionRunner {

    <T> Uni<T> inTransaction(Supplier<Uni<T>> work);
}
