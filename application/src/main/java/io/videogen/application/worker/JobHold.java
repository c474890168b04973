package io.videogen.application.worker;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.videogen.application.port.in.RenderClaim;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.domain.video.VideoEvent;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * This worker's hold on one job, or on one task of a fanned-out render ({@link Lease}). Ownership
 * is a few flags read per frame; the heartbeat and
 * the video's events change them. A cancellation event is only a hint to check at once: the
 * cancel withdrew the job in the transaction that saved it, so the check finds the job gone —
 * and an event meant for an earlier run of the same video cannot stop this one.
 */
final class JobHold implements RenderClaim {

    private static final System.Logger LOG = System.getLogger(RenderWorker.class.getName());

    private final Lease held;
    /** When this worker asked for the claim. */
    private final long claimAskedAt;
    /** When the lease runs out as this worker reckons it: from before it asked, so never late. */
    private volatile long leaseEndsAt;
    private volatile boolean lost;
    private volatile boolean closed;
    private final AtomicBoolean renewing = new AtomicBoolean();
    private final AtomicBoolean renewAgain = new AtomicBoolean();
    private volatile ScheduledFuture<?> heartbeat;
    private volatile Cancellable cancellations;

    private final ProgressPublisher events;
    private final TransactionRunner transactions;
    private final WorkerSettings settings;
    private final ScheduledExecutorService timer;
    private final LongSupplier nanoTime;
    /** Whether the worker is handing its jobs back: its renders then lose their jobs and let go. */
    private final BooleanSupplier handingBack;

    JobHold(Lease held, long askedAt, ProgressPublisher events,
            TransactionRunner transactions, WorkerSettings settings, ScheduledExecutorService timer,
            LongSupplier nanoTime, BooleanSupplier handingBack) {
        this.held = held;
        this.events = events;
        this.transactions = transactions;
        this.settings = settings;
        this.timer = timer;
        this.nanoTime = nanoTime;
        this.handingBack = handingBack;
        this.claimAskedAt = askedAt;
        this.leaseEndsAt = askedAt + settings.lease().toNanos();
    }

    /** What this hold keeps on the queue: the video's job or one of its tasks. */
    Lease held() {
        return held;
    }

    /** Whether the job was taken from this worker (cancelled, deleted, taken over, or handed back from outside). */
    boolean lost() {
        return lost;
    }

    /** The worker released this job itself, past its render's back: the render no longer owns it. */
    void handedBack() {
        lost = true;
    }

    /**
     * Listens for a cancel, then renews the lease once before the render starts: a claim that
     * was slow to answer may have left little of the lease, and a cancel that committed before
     * the listening began is found here.
     */
    Uni<Void> start() {
        listen();
        renewing.set(true);
        long askedAt = nanoTime.getAsLong();
        return held.renew(settings.lease())
                .invoke(() -> extend(askedAt))
                .onFailure().invoke(this::renewFailed)
                .onFailure().recoverWithNull()
                .eventually(() -> {
                    beat();
                    renewed();
                })
                .replaceWithVoid();
    }

    /**
     * Listens for a cancel and starts the heartbeat, without a renewal first when the claim answered
     * within a heartbeat: the claim itself just set the lease, and its own statement found the video
     * rendering (a task's claim reads the video's status). A cancel that commits after the claim's
     * statement and whose event arrives before the listening began is then noticed by the first beat,
     * one heartbeat later, as a lost event is. A claim that took longer renews at once, as {@link #start()}.
     */
    Uni<Void> startClaimed() {
        if (nanoTime.getAsLong() - claimAskedAt > settings.heartbeat().toNanos()) {
            return start();
        }
        listen();
        beat();
        return Uni.createFrom().voidItem();
    }

    /** Renews the lease every heartbeat from now on. */
    private void beat() {
        long every = settings.heartbeat().toMillis();
        heartbeat = timer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    private void listen() {
        cancellations = events.subscribe(held.videoId())
                .filter(event -> event instanceof VideoEvent.VideoCancelled)
                .subscribe().with(cancelled -> renew(), failure -> LOG.log(Level.WARNING,
                        "cancellations of " + held.describe() + " no longer arrive; the heartbeat still "
                                + "notices them", failure));
    }

    private void renew() {
        if (lost || closed) {
            return;
        }
        if (!renewing.compareAndSet(false, true)) {
            renewAgain.set(true);
            return;
        }
        long askedAt = nanoTime.getAsLong();
        held.renew(settings.lease()).subscribe().with(renewed -> {
            extend(askedAt);
            renewed();
        }, failure -> {
            renewFailed(failure);
            renewed();
        });
    }

    private void extend(long askedAt) {
        leaseEndsAt = askedAt + settings.lease().toNanos();
    }

    private void renewFailed(Throwable failure) {
        if (closed) {
            return; // the job was settled (and deleted) while this renewal was on its way
        }
        if (failure instanceof StaleVersionException) {
            lost = true;
            LOG.log(Level.INFO, "worker {0} lost {1}: cancelled, deleted or taken over",
                    settings.workerId(), held.describe());
        } else {
            LOG.log(Level.WARNING, "worker " + settings.workerId() + " could not renew its lease on "
                    + held.describe() + "; it stops when the lease runs out", failure);
        }
    }

    private void renewed() {
        renewing.set(false);
        if (renewAgain.getAndSet(false)) {
            renew();
        }
    }

    boolean expired() {
        return nanoTime.getAsLong() - leaseEndsAt > 0;
    }

    /** A worker that is handing its jobs back hands this one back rather than failing the video on it. */
    @Override
    public boolean lastAttempt() {
        return !handingBack.getAsBoolean() && !held.attemptsLeft();
    }

    @Override
    public boolean stillOwned() {
        return !handingBack.getAsBoolean() && !lost && !expired();
    }

    /**
     * The write first, the fence second: the video row is locked before the job row, in the same
     * order as a cancel takes them, so the two never wait on each other in a circle.
     */
    @Override
    public <T> Uni<T> fenced(Supplier<Uni<T>> write) {
        return transactions.inTransaction(() -> Uni.createFrom().<T>deferred(write::get)
                .call(held::confirmHeld));
    }

    void close() {
        closed = true;
        ScheduledFuture<?> beat = heartbeat;
        if (beat != null) {
            beat.cancel(false);
        }
        Cancellable listening = cancellations;
        if (listening != null) {
            listening.cancel();
        }
    }
}
