package io.videogen.infrastructure.storage;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Copies of several objects from the bucket to local files side by side, on a few threads of the
 * store's own: {@code videogen.storage.s3.requests-at-once} of them in the whole process, however many
 * renders ask at once, so a render's two dozen segments cost a few round trips instead of two dozen,
 * and the bucket never sees more requests of one process than that. The threads end when idle.
 */
final class S3Copies implements AutoCloseable {

    /** One object's copy to a local file, as {@link S3MediaStore#copyTo} makes it. */
    @FunctionalInterface
    interface Copy {
        void to(String key, Path target) throws IOException;
    }

    private final ThreadPoolExecutor lanes;

    S3Copies(int atOnce) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("videogen.storage.s3.requests-at-once must be at least 1, not " + atOnce);
        }
        AtomicInteger number = new AtomicInteger();
        lanes = new ThreadPoolExecutor(atOnce, atOnce, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
            Thread thread = new Thread(work, "videogen-s3-copy-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        lanes.allowCoreThreadTimeOut(true);
    }

    /**
     * Makes each copy, side by side; the keys with nothing stored are skipped. The first other failure
     * stops the copies not yet begun and is thrown once those begun have ended; an interrupt of the
     * caller interrupts them all and is thrown as {@link InterruptedIOException}.
     *
     * @return the keys copied
     */
    Set<String> copyEach(Map<String, Path> targets, Copy copy) throws IOException {
        Map<String, Future<Boolean>> running = new LinkedHashMap<>();
        targets.forEach((key, target) -> running.put(key, lanes.submit(() -> {
            try {
                copy.to(key, target);
                return true;
            } catch (NoSuchFileException notStored) {
                return false;
            }
        })));
        Set<String> copied = new HashSet<>();
        Throwable first = null;
        for (Map.Entry<String, Future<Boolean>> one : running.entrySet()) {
            try {
                if (one.getValue().get()) {
                    copied.add(one.getKey());
                }
            } catch (CancellationException notBegun) {
                // stopped by the first failure
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause();
                    running.values().forEach(future -> future.cancel(false));
                }
            } catch (InterruptedException e) {
                running.values().forEach(future -> future.cancel(true));
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while copying " + targets.size() + " objects");
            }
        }
        if (first != null) {
            throw rethrown(first);
        }
        return copied;
    }

    private static IOException rethrown(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException(failure);
    }

    @Override
    public void close() {
        lanes.shutdownNow();
    }
}
