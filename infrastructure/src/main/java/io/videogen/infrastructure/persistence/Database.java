package io.videogen.infrastructure.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.RejectedValueException;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Where the adapters in this package reach PostgreSQL through Hibernate (the reads of the video
 * resource, the webhook log and the provenance go straight through the reactive pool instead:
 * docs/adr/0021). Hibernate Reactive sessions live on a Vert.x duplicated context and must be
 * used from its event-loop thread; render workers call in
 * from plain pool threads, so work that starts anywhere else is moved onto a fresh, isolated
 * context first. Work already on a safe context joins the session (and transaction) found there.
 * A value PostgreSQL refuses as data (SQLSTATE class 22) leaves as a {@link RejectedValueException}.
 */
@ApplicationScoped
class Database {

    private final Vertx vertx;

    Database(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Reads in the current session, or in one opened (and closed) for this work. */
    <T> Uni<T> read(Function<Mutiny.Session, Uni<T>> work) {
        return onVertxContext(() -> Panache.withSession(() -> Panache.getSession().chain(session -> work.apply(session))));
    }

    /** Writes in the current transaction, or in one of its own that commits when the work ends. */
    <T> Uni<T> write(Function<Mutiny.Session, Uni<T>> work) {
        return onVertxContext(transaction(work), false);
    }

    /**
     * Writes in a transaction of its own, on a fresh context, never joining one found on the caller's
     * context: for work its caller runs side by side with other database work (the deliveries of one
     * webhook round). On one context they would share one session and its transaction, which one
     * session cannot serve at once, and the first statement to fail would abort the others' work too.
     */
    <T> Uni<T> writeApart(Function<Mutiny.Session, Uni<T>> work) {
        return onVertxContext(transaction(work), true);
    }

    /** The work in a transaction: the current one on a usable context, else one of its own. */
    private static <T> Supplier<Uni<T>> transaction(Function<Mutiny.Session, Uni<T>> work) {
        return () -> Panache.withTransaction(() -> Panache.getSession().chain(session -> work.apply(session)));
    }

    <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return onVertxContext(() -> Panache.withTransaction(work));
    }

    private <T> Uni<T> onVertxContext(Supplier<Uni<T>> work) {
        return onVertxContext(work, false);
    }

    private <T> Uni<T> onVertxContext(Supplier<Uni<T>> work, boolean apart) {
        return Uni.createFrom().<T>deferred(() -> {
            Context current = Vertx.currentContext();
            boolean usable = !apart && current != null && VertxContext.isDuplicatedContext(current)
                    && VertxContextSafetyToggle.isExplicitlyMarkedAsSafe(current);
            if (usable && Context.isOnEventLoopThread()) {
                return work.get();
            }
            // A blocking caller on a request's context keeps that request's session: hop to its event loop.
            Context target = usable ? current : isolatedContext(current);
            return Uni.createFrom().<T>deferred(() -> work.get()).runSubscriptionOn(on(target));
        }).onFailure(Failures::isDataRejection).transform(rejected -> new RejectedValueException(
                "the database cannot store a value of this request", rejected));
    }

    private Context isolatedContext(Context current) {
        Context fresh = VertxContext.createNewDuplicatedContext(current != null ? current : vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(fresh, true);
        return fresh;
    }

    private static Executor on(Context context) {
        return task -> context.runOnContext(ignored -> task.run());
    }
}
