package io.videogen.application.worker;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RenderTaskUseCase;
import io.videogen.application.port.out.FanOutStep;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.domain.video.VideoId;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Segments fetched ahead (ADR 0024, amendment of session 12): while a video this worker fanned out waits
 * for its tasks, every heartbeat the worker copies what the other workers made for it since into the
 * video's workspace, so that the assembly — this worker's, in the home worker's grace — finds those
 * segments here and asks the store only for the last ones. The copy never holds the worker up: it runs
 * on the worker's timer and the store's threads beside whatever the worker makes (its own tasks of the
 * video, often, until the end); a job claimed while one still runs waits for it first (the assembly would
 * otherwise ask for the same segments again), that wait timed as the artefact get the worker's path spends. Should another worker
 * assemble after all, the copies stay in this worker's workspace for the video, as the segments it made
 * itself do, until the workspace's retention; a task redone makes the same bytes (content-addressed names).
 */
final class SegmentsAhead {

    private static final System.Logger LOG = System.getLogger(RenderWorker.class.getName());

    private final String workerId;
    private final RenderTaskQueue tasks;
    private final RenderTaskUseCase taskRenders;
    private final VideoMetrics metrics;
    private final LongSupplier nanoTime;
    private final ScheduledExecutorService timer;
    private final Duration every;
    /** The videos this worker fanned out whose jobs may still wait: asked about only while there are some. */
    private final Set<VideoId> waiting = ConcurrentHashMap.newKeySet();
    private CompletableFuture<Void> copying = CompletableFuture.completedFuture(null);
    /** The look every heartbeat, while this worker parked a job that may still wait. */
    private ScheduledFuture<?> looking;

    SegmentsAhead(String workerId, RenderTaskQueue tasks, RenderTaskUseCase taskRenders, VideoMetrics metrics,
                  LongSupplier nanoTime, ScheduledExecutorService timer, Duration every) {
        this.timer = timer;
        this.every = every;
        this.workerId = workerId;
        this.tasks = tasks;
        this.taskRenders = taskRenders;
        this.metrics = metrics;
        this.nanoTime = nanoTime;
    }

    /** This worker parked the video's job to wait for its tasks: it looks every heartbeat from now on. */
    synchronized void parked(VideoId video) {
        waiting.add(video);
        if (looking == null && tasks != null) {
            try {
                looking = timer.scheduleWithFixedDelay(this::fetch, every.toMillis(), every.toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) {
                // the worker's timer is shut down: nothing is fetched ahead, the assembly asks the store
            }
        }
    }

    /** This worker took the video's job again: nothing more to fetch ahead for it. */
    void resumed(VideoId video) {
        waiting.remove(video);
    }

    /**
     * Unless a copy is under way, asks the queue what other workers made for this worker's waiting videos
     * and copies in what their workspaces lack; with none waiting any more, stops looking. Does not wait
     * for the copy.
     */
    synchronized void fetch() {
        if (tasks == null || !copying.isDone()) {
            return;
        }
        if (waiting.isEmpty()) {
            if (looking != null) {
                looking.cancel(false);
                looking = null;
            }
            return;
        }
        CompletableFuture<Void> copy = new CompletableFuture<>();
        copying = copy;
        Set<VideoId> asked = Set.copyOf(waiting);
        tasks.madeElsewhere(workerId)
                .chain(made -> {
                    // a video asked about and not listed waits no longer for this worker
                    asked.stream().filter(video -> !made.containsKey(video)).forEach(waiting::remove);
                    return copyIn(made);
                })
                .subscribe().with(copied -> copy.complete(null), failure -> {
                    LOG.log(Level.WARNING, "worker " + workerId + " could not fetch segments ahead; its assembly "
                            + "asks the store for them", failure);
                    copy.complete(null);
                });
    }

    /** Before the worker claims a job: a copy still under way is waited for, timed as the artefact get it is. */
    Uni<Void> settled() {
        CompletableFuture<Void> copy;
        synchronized (this) {
            copy = copying;
        }
        if (copy.isDone()) {
            return Uni.createFrom().voidItem();
        }
        long waited = nanoTime.getAsLong();
        return Uni.createFrom().completionStage(copy).invoke(() -> metrics.fanOutStep(FanOutStep.ARTEFACT_GET,
                Duration.ofNanos(nanoTime.getAsLong() - waited)));
    }

    private Uni<Void> copyIn(Map<VideoId, List<String>> made) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Map.Entry<VideoId, List<String>> video : made.entrySet()) {
            if (!video.getValue().isEmpty()) {
                all = all.chain(() -> taskRenders.fetchAhead(video.getKey(), video.getValue()));
            }
        }
        return all;
    }
}
