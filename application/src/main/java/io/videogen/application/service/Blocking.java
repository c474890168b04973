package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/** Runs blocking work (files, FFmpeg) off the event loop, on the executor the application was given. */
public final class Blocking {

    private final Executor executor;

    public Blocking(Executor executor) {
        this.executor = executor;
    }

    public <T> Uni<T> call(Callable<T> work) {
        return Uni.createFrom().item(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new java.io.UncheckedIOException(e instanceof java.io.IOException io ? io
                        : new java.io.IOException(e));
            }
        }).runSubscriptionOn(executor);
    }

    public Uni<Void> run(ThrowingRunnable work) {
        return call(() -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
