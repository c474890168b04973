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
import java.util.function.LongSupplier;

/**
 * Segments fetched ahead (ADR 0024, amendment of session 12): while a video this worker fanned out waits
 * for its tasks and the worker has nothing to claim, it copies what the other workers already made for the
 * video into the video's workspace, so that the assembly — this worker's, in the home worker's grace —
 * finds those segments here and asks the store only for the last ones. The copy never holds the worker
 * up: it starts when a call found nothing to do and runs on while the worker waits for its next call;
 * a job claimed while it still runs waits for it first (the assembly would otherwise ask for the same
 * segments again), that wait timed as the artefact get the worker's path spends. Should another worker
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
    /** The videos this worker fanned out whose jobs may still wait: asked about only while there are some. */
    private final Set<VideoId> waiting = ConcurrentHashMap.newKeySet();
    private CompletableFuture<Void> copying = CompletableFuture.completedFuture(null);

    SegmentsAhead(String workerId, RenderTaskQueue tasks, RenderTaskUseCase taskRenders, VideoMetrics metrics,
                  LongSupplier nanoTime) {
        this.workerId = workerId;
        this.tasks = tasks;
        this.taskRenders = taskRenders;
        this.metrics = metrics;
        this.nanoTime = nanoTime;
    }

    /** This worker parked the video's job to wait for its tasks. */
    void parked(VideoId video) {
        waiting.add(video);
    }

    /** This worker took the video's job again: nothing more to fetch ahead for it. */
    void resumed(VideoId video) {
        waiting.remove(video);
    }

    /**
     * The worker found nothing to do: unless a copy is under way, or no video of its own waits, asks the
     * queue what other workers made for its waiting videos and copies in what their workspaces lack. Does
     * not wait for it.
     */
    synchronized void fetch() {
        if (tasks == null || waiting.isEmpty() || !copying.isDone()) {
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
