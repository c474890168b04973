package io.videogen.bootstrap.embedded;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * One embedded server's start, begun on its own thread as soon as the configuration knows it will be
 * needed, and joined when Quarkus first reads a value that names it. PostgreSQL and Redis thus start
 * side by side, and beside the class loading and static initialisation of the application, instead
 * of one after the other on the main thread. A failed start is thrown, unchanged, to every reader.
 */
final class EarlyStart<T> {

    private final String name;
    private final Supplier<T> start;
    private volatile CompletableFuture<T> started;

    EarlyStart(String name, Supplier<T> start) {
        this.name = name;
        this.start = start;
    }

    /** Begins the start unless it has begun; returns at once. */
    void begin() {
        if (started == null) {
            synchronized (this) {
                if (started == null) {
                    CompletableFuture<T> future = new CompletableFuture<>();
                    Thread thread = new Thread(() -> {
                        try {
                            future.complete(start.get());
                        } catch (RuntimeException | Error e) {
                            future.completeExceptionally(e);
                        }
                    }, name);
                    thread.setDaemon(true);
                    thread.start();
                    started = future;
                }
            }
        }
    }

    /** The started server's value, beginning and waiting for the start as needed. */
    T get() {
        begin();
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
