package io.videogen.application.worker;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RenderTaskUseCase;
import io.videogen.application.port.in.RenderTaskUseCase.Made;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.application.port.out.FanOutStep;
import io.videogen.application.port.out.RenderTask;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.domain.video.VideoId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * A worker's runs of tasks (ADR 0024, "Runs of tasks", "Puts off the path"). A run's tasks are made one
 * after another under one hold; what each made is put in the store while the next is made; and the run
 * is settled behind the worker's next claim — its puts waited for, then one finish — so neither its last
 * put nor its settle holds the worker up while there are tasks to make. A claim that finds none waits for
 * the runs settling behind it before the worker looks for a job ({@link #settled()}): the last task of a
 * video makes its job due, and the worker that fanned the video out is to find it due.
 */
final class TaskRuns {

    private final RenderTaskUseCase taskRenders;
    private final Settlements settlements;
    private final VideoMetrics metrics;
    private final LongSupplier nanoTime;
    private final Set<Behind> settling = ConcurrentHashMap.newKeySet();

    TaskRuns(RenderTaskUseCase taskRenders, Settlements settlements, VideoMetrics metrics, LongSupplier nanoTime) {
        this.taskRenders = taskRenders;
        this.settlements = settlements;
        this.metrics = metrics;
        this.nanoTime = nanoTime;
    }

    /** A run settling behind the worker's next claim: whether it put anything, when its puts ended, when it was settled. */
    private record Behind(boolean puts, CompletableFuture<Void> putsEnded, CompletableFuture<Void> settled) {
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
                    // the heartbeat stops first: a renewal racing the settle would find the tasks done
                    // and report them lost
                    hold.close();
                    return settlements.settleRun(hold, run, results);
                });
        whileHeld.apply(settle).subscribe().with(settled -> ended(behind), failure -> ended(behind));
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
