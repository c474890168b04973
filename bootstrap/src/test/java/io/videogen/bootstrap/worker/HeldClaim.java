package io.videogen.bootstrap.worker;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RenderClaim;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A render started by hand that stops while processing, for as long as a test needs: its claim
 * lets the first write through (the first stage starts, so the video is processing) and holds
 * every later write until {@link #release()}. A test that waits on a render's status by polling
 * loses the race to a fast render; one that waits on {@link #awaitHolding} does not.
 */
public final class HeldClaim implements RenderClaim {

    private final AtomicInteger writes = new AtomicInteger();
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CompletableFuture<Void> released = new CompletableFuture<>();

    @Override
    public boolean stillOwned() {
        return true;
    }

    @Override
    public <T> Uni<T> fenced(Supplier<Uni<T>> write) {
        if (writes.incrementAndGet() == 1) {
            return Uni.createFrom().deferred(write::get);
        }
        holding.countDown();
        return Uni.createFrom().completionStage(released).chain(write::get);
    }

    @Override
    public boolean lastAttempt() {
        return false;
    }

    /** Returns once the render has saved its first stage and waits to save the next change. */
    public void awaitHolding(Duration timeout) throws InterruptedException {
        if (!holding.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the render made no second write within " + timeout);
        }
    }

    /** Lets the held write, and every later one, through. */
    public void release() {
        released.complete(null);
    }
}
