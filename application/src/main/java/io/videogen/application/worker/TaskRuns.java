package io.videogen.application.worker;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RenderTaskUseCase;
import io.videogen.application.port.in.RenderTaskUseCase.Made;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.application.port.out.FanOutStep;
import io.videogen.application.port.out.RenderTask;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.domain.video.VideoId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * A worker's runs of tasks (ADR 0024, "Runs of tasks", "Puts off the path"). A run's tasks are made one
 * after another under one hold; what each made is put in the store while the next is made; and the run
 * is settled behind the worker's next claim — its puts waited for, then one finish — so neither its last
 * put nor its settle holds the worker up while there are tasks to make. A claim that finds none waits for
 * the runs settling behind it before the worker looks for a job ({@link #settled()}): the last task of a
 * video makes its job due, and the worker that fanned the video out is to find it due.
 * <p>
 * A run all of whose tasks were made and put does not send a finish of its own while the worker is to claim
 * again: its finish rides on that claim, one round trip for both (ADR 0024, "A run's finish rides on the next
 * claim"). Its hold — lease, heartbeat, token — is kept until the claim is sent; when the worker's claim does
 * not come within a heartbeat of its last run's make, or the worker stops, the runs waiting are finished on
 * their own.
 */
final class TaskRuns {

    private final RenderTaskUseCase taskRenders;
    private final Settlements settlements;
    private final VideoMetrics metrics;
    private final LongSupplier nanoTime;
    private final ScheduledExecutorService timer;
    private final Duration waitForClaim;
    private final Set<Behind> settling = ConcurrentHashMap.newKeySet();
    /** Runs made, put and all completed, whose finish the worker's next claim carries (guarded by this). */
    private List<Carried> ready = new ArrayList<>();
    /** Claims this worker still sends: one per run it took, until the slot that took it claims again (guarded by this). */
    private int claimsAhead;
    /** The worker stops: no claim carries a finish any more (guarded by this). */
    private boolean noMoreClaims;
    /** Claims sent so far, and whether the one expected after a run was made is late (guarded by this). */
    private long claimsSent;
    private boolean claimOverdue;

    /**
     * @param timer         where runs left to a claim that does not come in time are finished on their own
     * @param waitForClaim  how long after a run was made its worker's next claim may take (its heartbeat) before
     *                      the runs waiting for it are finished on their own
     */
    TaskRuns(RenderTaskUseCase taskRenders, Settlements settlements, VideoMetrics metrics, LongSupplier nanoTime,
             ScheduledExecutorService timer, Duration waitForClaim) {
        this.timer = timer;
        this.waitForClaim = waitForClaim;
        this.taskRenders = taskRenders;
        this.settlements = settlements;
        this.metrics = metrics;
        this.nanoTime = nanoTime;
    }

    /** A run settling behind the worker's next claim: whether it put anything, when its puts ended, when it was settled. */
    private record Behind(boolean puts, CompletableFuture<Void> putsEnded, CompletableFuture<Void> settled) {
    }

    /** A run whose tasks were all made and put, its finish left to a claim; {@code finished} once it was sent. */
    record Carried(JobHold hold, List<RenderTask> run, CompletableFuture<Void> finished) {
    }

    /**
     * The run's tasks one after another, each one's make in order, on one blocking thread of the use case's;
     * none is started after one was abandoned (the run lost, or its video no longer rendering): those left
     * out count as abandoned when it is settled. A task whose make broke is settled as an unexpected failure
     * ({@link #outcomes}); should the whole run break before any task's outcome, every task is.
     */
    Uni<List<Made>> makeEach(List<RenderTask> run, JobHold hold) {
        List<RenderTaskUseCase.Task> tasks = run.stream().map(task -> new RenderTaskUseCase.Task(task.videoId(),
                task.rendering(), task.artefact(), task.brief(), task.home(), task.traceContext())).toList();
        return taskRenders.make(tasks, hold)
                .onFailure().recoverWithItem(failure -> run.stream().map(task -> Made.broken(failure)).toList());
    }

    /**
     * Settles the run behind the worker's next claim: once every put of it ended (a failed put fails its
     * task, as a failed make would) the heartbeat stops and the run is settled. The hold is not let go before:
     * no put outlives it. {@code whileHeld} keeps the hold counted as the worker's until then.
     */
    void settleBehind(JobHold hold, List<RenderTask> run, List<Made> made, UnaryOperator<Uni<Void>> whileHeld) {
        Behind behind = new Behind(made.stream().anyMatch(Made::shares), new CompletableFuture<>(),
                new CompletableFuture<>());
        settling.add(behind);
        Uni<Void> settle = outcomes(run, made, hold)
                .invoke(() -> behind.putsEnded().complete(null))
                .chain(results -> {
                    Optional<CompletableFuture<Void>> carried = allCompleted(run, results)
                            ? leftToNextClaim(hold, run) : Optional.empty();
                    if (carried.isPresent()) {
                        return Uni.createFrom().completionStage(carried.get());
                    }
                    // the heartbeat stops first: a renewal racing the settle would find the tasks done
                    // and report them lost
                    hold.close();
                    return settlements.settleRun(hold, run, results);
                });
        whileHeld.apply(settle).subscribe().with(settled -> ended(behind), failure -> ended(behind));
    }

    /** The worker took a run: a claim of the slot that took it follows, and may carry the finish of runs made before. */
    synchronized void claimAhead() {
        claimsAhead++;
    }

    /**
     * For the claim a slot is about to send: the runs whose finish it carries (ADR 0024, "A run's finish rides on
     * the next claim"), their heartbeats stopped (a renewal racing the finish would find the tasks done and
     * report them lost). The slot's own run, if it made one, no longer counts on a claim after this one.
     */
    List<Carried> forClaim() {
        List<Carried> carried;
        synchronized (this) {
            claimsSent++;
            claimOverdue = false;
            claimsAhead = Math.max(0, claimsAhead - 1);
            carried = ready;
            ready = new ArrayList<>();
        }
        carried.forEach(run -> run.hold().close());
        return carried;
    }

    /** The tasks whose finish a claim carries, for the queue. */
    static List<RenderTask> tasksOf(List<Carried> carried) {
        return carried.stream().flatMap(run -> run.run().stream()).toList();
    }

    /** The claim answered: each carried run's finish as it found its video (none when no task of it was held). */
    void carried(List<Carried> carried, Map<Long, RenderTaskQueue.Completion> finished) {
        for (Carried run : carried) {
            settlements.completed(run.run(), Optional.ofNullable(finished.get(run.run().get(0).fencingToken())));
            run.finished().complete(null);
        }
    }

    /** The claim failed: each carried run is finished on its own, as a run no claim could carry. */
    void finishEach(List<Carried> carried) {
        for (Carried run : carried) {
            List<RenderResult> completed = run.run().stream().map(task -> RenderResult.of(Outcome.COMPLETED)).toList();
            settlements.settleRun(run.hold(), run.run(), completed).subscribe().with(
                    done -> run.finished().complete(null), failure -> run.finished().complete(null));
        }
    }

    /** The worker stops: the runs waiting for a claim are finished on their own, and so is every run from now on. */
    void noMoreClaims() {
        List<Carried> waiting;
        synchronized (this) {
            noMoreClaims = true;
            waiting = ready;
            ready = new ArrayList<>();
        }
        waiting.forEach(run -> run.hold().close());
        finishEach(waiting);
    }

    /** Leaves the run's finish to the worker's next claim, if one is to come; else empty, to be sent now. */
    private synchronized Optional<CompletableFuture<Void>> leftToNextClaim(JobHold hold, List<RenderTask> run) {
        if (claimsAhead == 0 || noMoreClaims || claimOverdue) {
            return Optional.empty();
        }
        Carried carried = new Carried(hold, run, new CompletableFuture<>());
        ready.add(carried);
        return Optional.of(carried.finished());
    }

    /**
     * A run was made: its worker's caller is to claim again at once. Should no claim of the worker come within
     * {@code waitForClaim} (a caller that took its time), the runs waiting for one are finished on their own,
     * and so is every run until the worker claims again.
     */
    void made() {
        long claimsBefore;
        synchronized (this) {
            claimsBefore = claimsSent;
        }
        try {
            timer.schedule(() -> overdue(claimsBefore), waitForClaim.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            overdue(claimsBefore);
        }
    }

    private void overdue(long claimsBefore) {
        List<Carried> waiting;
        synchronized (this) {
            if (claimsSent != claimsBefore) {
                return;
            }
            claimOverdue = true;
            waiting = ready;
            ready = new ArrayList<>();
        }
        waiting.forEach(run -> run.hold().close());
        finishEach(waiting);
    }

    private static boolean allCompleted(List<RenderTask> run, List<RenderResult> results) {
        return results.size() == run.size()
                && results.stream().allMatch(result -> result.outcome() == Outcome.COMPLETED);
    }

    /**
     * Once every run settling behind this worker's claims is settled. The wait for their puts is what the
     * worker's path spends on them: timed as the artefact put (each put's own time is timed apart, where it ran).
     */
    Uni<Void> settled() {
        List<Behind> now = List.copyOf(settling);
        if (now.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        long waiting = nanoTime.getAsLong();
        return Uni.createFrom().completionStage(all(now.stream().map(Behind::putsEnded).toList()))
                .invoke(() -> {
                    if (now.stream().anyMatch(Behind::puts)) {
                        metrics.fanOutStep(FanOutStep.ARTEFACT_PUT, Duration.ofNanos(nanoTime.getAsLong() - waiting));
                    }
                })
                .chain(() -> Uni.createFrom().completionStage(all(now.stream().map(Behind::settled).toList())))
                .replaceWithVoid();
    }

    /** The outcomes of the run's tasks, in order, once every put of them ended. */
    private Uni<List<RenderResult>> outcomes(List<RenderTask> run, List<Made> made, JobHold hold) {
        List<RenderResult> results = new ArrayList<>(made.size());
        Uni<Void> all = Uni.createFrom().voidItem();
        for (int i = 0; i < made.size(); i++) {
            Made task = made.get(i);
            VideoId video = run.get(i).videoId();
            all = all.chain(() -> task.outcome()
                    .onFailure().recoverWithUni(failure -> settlements.unexpected(hold, video, failure))
                    .invoke(results::add).replaceWithVoid());
        }
        return all.replaceWith(results);
    }

    private void ended(Behind behind) {
        behind.putsEnded().complete(null);
        settling.remove(behind);
        behind.settled().complete(null);
    }

    private static CompletableFuture<Void> all(List<CompletableFuture<Void>> futures) {
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new));
    }
}
