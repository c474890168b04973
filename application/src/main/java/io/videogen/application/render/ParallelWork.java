package io.videogen.application.render;

import io.videogen.application.port.out.RenderStepException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent pieces of a stage (scene stills, scene segments) on a few threads of their own,
 * so a small machine's cores are all busy. Pieces start in the order given; the first failure
 * stops the pieces not yet started, asks the running ones to stop ({@link #checkNotStopped()} in
 * their progress callbacks), waits for them, and is thrown.
 */
final class ParallelWork {

    /** A piece of work that may throw what the stage would throw. */
    @FunctionalInterface
    interface Piece {
        void run() throws Exception;
    }

    private volatile boolean stopped;

    /** Thrown into a running piece when another has failed; never reported in place of that failure. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped because other work of the stage failed", null, false, false);
        }
    }

    /** Asks the running pieces to stop at their next check. */
    void stop() {
        stopped = true;
    }

    void checkNotStopped() {
        if (stopped) {
            throw new Stopped();
        }
    }

    /** Runs the pieces on up to {@code threads} threads; the first failure is thrown as the stage's. */
    void run(String name, List<Piece> pieces, int threads) throws IOException {
        try {
            runAll(name, pieces, threads);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /**
     * Starts work beside the pieces of the stage on a thread of its own. Its result, or its failure,
     * is kept for whoever needs it: {@link Aside#result()} hands over either.
     */
    <T> Aside<T> aside(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "videogen-" + name);
        thread.setDaemon(true);
        thread.start();
        return new Aside<>(task, this);
    }

    /** Work started beside a stage's pieces, and what came of it. */
    static final class Aside<T> {

        private final FutureTask<T> task;
        private final ParallelWork work;

        private Aside(FutureTask<T> task, ParallelWork work) {
            this.task = task;
            this.work = work;
        }

        /** Waits for the work to end; stops the stage's other pieces if this thread is interrupted. */
        void await() {
            try {
                task.get();
            } catch (ExecutionException e) {
                // kept for result()
            } catch (InterruptedException e) {
                work.stop();
                Thread.currentThread().interrupt();
            }
        }

        /** What the work made, or its failure, thrown as it was thrown. */
        T result() throws IOException {
            try {
                return task.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IOException(cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RenderStepException("interrupted while waiting for work beside the stage", true, e);
            }
        }
    }

    private void runAll(String name, List<Piece> pieces, int threads) throws Exception {
        if (threads <= 1 || pieces.size() <= 1) {
            for (Piece piece : pieces) {
                piece.run();
            }
            return;
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, pieces.size()), work -> {
            Thread thread = new Thread(work, "videogen-" + name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Piece piece : pieces) {
                running.add(pool.submit(() -> {
                    checkNotStopped();
                    piece.run();
                    return null;
                }));
            }
            Exception first = null;
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    stopped = true;
                    Throwable cause = e.getCause();
                    if (first == null && !(cause instanceof Stopped)) {
                        first = cause instanceof Exception ex ? ex : new IllegalStateException(cause);
                    }
                } catch (InterruptedException e) {
                    stopped = true;
                    Thread.currentThread().interrupt();
                    throw new RenderStepException("interrupted while " + name + " work was running", true, e);
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
