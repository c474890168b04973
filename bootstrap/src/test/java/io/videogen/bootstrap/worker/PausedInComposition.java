package io.videogen.bootstrap.worker;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.videogen.application.port.in.RenderClaim;
import io.videogen.application.port.in.RenderVideoUseCase;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.StageRun;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The renders a worker runs, the first of them paused in the middle of its composition until the
 * test {@link #resume() resumes} it: once the render has saved that its composition started, its
 * next check of its claim (the composer checks every few frames) waits. A test that acts "while the
 * scenes are being encoded" by waiting for the composition's event loses the race to a fast render;
 * one that waits on {@link #awaitPaused} does not. The render itself is the real one, and so is the
 * worker's claim it asks.
 */
public final class PausedInComposition implements RenderVideoUseCase {

    private final RenderVideoUseCase renders;
    private final CountDownLatch paused = new CountDownLatch(1);
    private final CountDownLatch resumed = new CountDownLatch(1);

    public PausedInComposition(RenderVideoUseCase renders) {
        this.renders = renders;
    }

    @Override
    public Uni<RenderResult> render(VideoId id, String traceContext, RenderClaim claim) {
        return renders.render(id, traceContext, new Pausing(claim));
    }

    /** Returns once the first render waits in its composition. */
    public void awaitPaused(Duration timeout) throws InterruptedException {
        if (!paused.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no render reached its composition within " + timeout);
        }
    }

    /** Lets the paused render go on; it asks its claim, as it was about to, then. */
    public void resume() {
        resumed.countDown();
    }

    /** The worker's claim, asked as ever, that notices the composition start and waits at the next check. */
    private final class Pausing implements RenderClaim {

        private final RenderClaim claim;
        private volatile boolean composing;

        Pausing(RenderClaim claim) {
            this.claim = claim;
        }

        @Override
        public boolean stillOwned() {
            // a check on an event loop (a failure being settled) never waits: only the rendering thread does
            if (composing && !Context.isOnEventLoopThread() && paused.getCount() > 0) {
                paused.countDown();
                try {
                    resumed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return claim.stillOwned();
        }

        @Override
        public <T> Uni<T> fenced(Supplier<Uni<T>> write) {
            return claim.fenced(write).invoke(saved -> {
                if (saved instanceof Video video
                        && video.stageRun(Stage.COMPOSITION).status() == StageRun.Status.RUNNING) {
                    composing = true;
                }
            });
        }

        @Override
        public boolean lastAttempt() {
            return claim.lastAttempt();
        }
    }
}
