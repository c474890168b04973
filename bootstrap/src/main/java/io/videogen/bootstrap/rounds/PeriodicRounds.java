package io.videogen.bootstrap.rounds;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a round of background work every interval on a Vert.x timer. A round still running when the
 * timer fires again is left to finish (the next starts after it), and failing rounds are logged
 * once when the failures start and once when they stop, not on every tick of an outage.
 */
public final class PeriodicRounds {

    private final Vertx vertx;
    private final Logger log;
    private final String what;
    private final Duration interval;
    private final Supplier<Uni<?>> round;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();
    private volatile long timer = -1;

    /** @param what the work, for the log: "deliver due webhooks" */
    public PeriodicRounds(Vertx vertx, Logger log, String what, Duration interval, Supplier<Uni<?>> round) {
        this.vertx = vertx;
        this.log = log;
        this.what = what;
        this.interval = interval;
        this.round = round;
    }

    public void start() {
        timer = vertx.setPeriodic(Math.max(1, interval.toMillis()), id -> runRound());
    }

    public void stop() {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }

    private void runRound() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        round.get().subscribe().with(done -> {
            running.set(false);
            if (failing.compareAndSet(true, false)) {
                log.infof("able to %s again", what);
            }
        }, failure -> {
            running.set(false);
            if (failing.compareAndSet(false, true)) {
                log.warnf("could not %s, retrying every %s until it works: %s", what, interval, failure.toString());
            }
        });
    }
}
