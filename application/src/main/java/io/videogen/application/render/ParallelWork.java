package io.videogen.application.render;

import io.videogen.application.port.out.RenderStepException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    void run(String name, List<Piece> pieces, int threads) throws Exception {
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
