package io.videogen.application.worker;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RenderTaskUseCase;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.application.port.out.FanOutStep;
import io.videogen.application.port.out.RenderJob;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.RenderTask;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Turns a render's outcome into the queue call that settles its job or task: done, failed (retried
 * later while attempts are left), parked to wait for its tasks, released, or nothing at all when
 * the job was taken over or withdrawn meanwhile. The render says what happened; this says what the
 * queue makes of it.
 */
final class Settlements {

    private static final System.Logger LOG = System.getLogger(RenderWorker.class.getName());

    private final String workerId;
    private final RenderJobQueue queue;
    private final RenderTaskQueue tasks;
    private final RenderTaskUseCase taskRenders;
    private final VideoRepository videos;
    /** True once the worker hands its work back: an early stop then releases instead of failing. */
    private final BooleanSupplier handingBack;
    private final VideoMetrics metrics;
    private final LongSupplier nanoTime;

    Settlements(String workerId, RenderJobQueue queue, RenderTaskQueue tasks, RenderTaskUseCase taskRenders,
                VideoRepository videos, BooleanSupplier handingBack, VideoMetrics metrics, LongSupplier nanoTime) {
        this.metrics = metrics;
        this.nanoTime = nanoTime;
        this.workerId = workerId;
        this.queue = queue;
        this.tasks = tasks;
        this.taskRenders = taskRenders;
        this.videos = videos;
        this.handingBack = handingBack;
    }

    /** The render's outcome as a queue call: done, failed (retried later if the queue has attempts left), or let go. */
    Uni<Void> settle(RenderJob job, JobHold hold, RenderResult result) {
        LOG.log(Level.INFO, "worker {0}: video {1} {2}", workerId, job.videoId(),
                result.outcome().name().toLowerCase(Locale.ROOT));
        switch (result.outcome()) {
            case COMPLETED:
                return tolerateLoss(queue.complete(job));
            case FAILED:
            case RETRYABLE_FAILURE:
                return tolerateLoss(queue.fail(job, result.failure().orElseThrow()));
            case WAITING:
                return tolerateLoss(queue.awaitTasks(job).invoke(waits -> LOG.log(Level.INFO,
                        "worker {0}: video {1} {2}", workerId, job.videoId(),
                        waits ? "waits for its tasks" : "has its tasks done: due again")).replaceWithVoid());
            default:
                return abandoned(job, hold);
        }
    }

    /**
     * A run's outcomes as queue calls: the tasks made are done in one round trip, which moves the
     * video's progress for its watchers; a failed one is retried later or dead, alone; those that
     * stopped early (or were never started, {@code results} being shorter than the run) go back together
     * (handing back, lease run out) or, still held with their video no longer rendering, end dead.
     */
    Uni<Void> settleRun(JobHold hold, List<RenderTask> run, List<RenderResult> results) {
        List<RenderTask> done = new ArrayList<>();
        List<RenderTask> stopped = new ArrayList<>();
        Uni<Void> failed = Uni.createFrom().voidItem();
        for (int i = 0; i < run.size(); i++) {
            RenderTask task = run.get(i);
            RenderResult result = i < results.size() ? results.get(i) : null;
            Outcome outcome = result == null ? Outcome.ABANDONED : result.outcome();
            if (outcome == Outcome.COMPLETED) {
                done.add(task);
            } else if (outcome == Outcome.FAILED || outcome == Outcome.RETRYABLE_FAILURE) {
                VideoFailure failure = result.failure().orElseThrow();
                failed = failed.chain(() -> tolerateLoss(timed(FanOutStep.SETTLE, tasks.fail(task, failure))));
            } else {
                stopped.add(task);
            }
        }
        Uni<Void> failures = failed;
        Uni<Void> settled = (done.isEmpty() ? Uni.createFrom().voidItem() : completed(done)).chain(() -> failures);
        return stopped.isEmpty() ? settled : settled.chain(() -> abandoned(hold, stopped));
    }

    private Uni<Void> completed(List<RenderTask> done) {
        RenderTask first = done.get(0);
        return tolerateLoss(timed(FanOutStep.SETTLE, tasks.complete(done))
                .invoke(finished -> {
                    if (finished.jobDue()) {
                        LOG.log(Level.INFO, "worker {0}: the last task of video {1} is done: it assembles next",
                                workerId, first.videoId());
                    }
                    finished.composing().ifPresent(stored -> progressed(first, finished, stored));
                })
                .replaceWithVoid());
    }

    private Uni<Void> abandoned(JobHold hold, List<RenderTask> stopped) {
        for (RenderTask task : stopped) {
            LOG.log(Level.INFO, "worker {0}: task {1} of video {2} abandoned", workerId, task.artefact(),
                    task.videoId());
        }
        if (hold.lost()) {
            return Uni.createFrom().voidItem();
        }
        if (handingBack.getAsBoolean() || hold.expired()) {
            return tolerateLoss(tasks.release(stopped));
        }
        VideoFailure noLonger = new VideoFailure(Stage.COMPOSITION, FailureCode.INTERNAL_ERROR,
                "the video is no longer rendering", false, null);
        Uni<Void> failed = Uni.createFrom().voidItem();
        for (RenderTask task : stopped) {
            failed = failed.chain(() -> tolerateLoss(tasks.fail(task, noLonger)));
        }
        return failed;
    }

    /**
     * Tells the video's watchers, without waiting: the worker goes on to its next claim while the
     * notification is sent (in order, by the publisher's outbox). Its time is still counted as the
     * fan-out's overhead, until it was sent.
     */
    private void progressed(RenderTask task, RenderTaskQueue.Completion done, Progress stored) {
        timed(FanOutStep.PROGRESS, taskRenders.progressed(task.videoId(), done.frames().percent(), stored))
                .subscribe().with(sent -> { }, failure -> LOG.log(Level.WARNING, "worker " + workerId
                        + " could not report the progress of video " + task.videoId(), failure));
    }

    /**
     * A render that stopped early. A job taken over or withdrawn is no longer this worker's to
     * touch; one the worker let go (handing back, or its lease ran out unrenewed) goes back to the
     * queue. A job still held was stopped by its video: gone or finished means the job is done;
     * otherwise it is tried again later, counted, so that it cannot loop.
     */
    private Uni<Void> abandoned(RenderJob job, JobHold hold) {
        if (hold.lost()) {
            return Uni.createFrom().voidItem();
        }
        if (handingBack.getAsBoolean() || hold.expired()) {
            return tolerateLoss(queue.release(job));
        }
        return videos.findById(job.videoId()).chain(found -> {
            if (found.isEmpty() || !inProgress(found.get())) {
                return tolerateLoss(queue.complete(job));
            }
            return tolerateLoss(queue.fail(job, new VideoFailure(currentStage(found.get()), FailureCode.INTERNAL_ERROR,
                    "the render stopped before it finished; it will be tried again", true, null)));
        });
    }

    /** A render that broke instead of returning its outcome: tried again later, unless the job was let go. */
    Uni<RenderResult> unexpected(JobHold hold, VideoId video, Throwable failure) {
        LOG.log(Level.WARNING, "the render of video " + video + " failed unexpectedly", failure);
        if (!hold.stillOwned()) {
            return Uni.createFrom().item(RenderResult.of(Outcome.ABANDONED));
        }
        return videos.findById(video).onFailure().recoverWithItem(Optional.empty()).map(found -> new RenderResult(
                Outcome.RETRYABLE_FAILURE, Optional.of(new VideoFailure(
                found.map(Settlements::currentStage).orElse(Stage.SCRIPT), FailureCode.INTERNAL_ERROR,
                "the render stopped on an unexpected error; it will be tried again", true, null))));
    }


    /** A step of a task's bookkeeping, timed from its subscription to its end as the fan-out's overhead. */
    <T> Uni<T> timed(FanOutStep step, Uni<T> work) {
        return Uni.createFrom().deferred(() -> {
            long started = nanoTime.getAsLong();
            return work.onTermination().invoke(() -> metrics.fanOutStep(step,
                    Duration.ofNanos(nanoTime.getAsLong() - started)));
        });
    }

    /** A job taken over or withdrawn meanwhile is simply no longer ours: nothing to settle. */
    Uni<Void> tolerateLoss(Uni<Void> settling) {
        return settling.onFailure(StaleVersionException.class).recoverWithUni(stale -> {
            LOG.log(Level.INFO, "worker {0}: {1}", workerId, stale.getMessage());
            return Uni.createFrom().voidItem();
        });
    }

    private static boolean inProgress(Video video) {
        return video.status() == VideoStatus.QUEUED || video.status() == VideoStatus.PROCESSING;
    }

    static Stage currentStage(Video video) {
        return video.nextStage().orElse(Stage.RENDER);
    }
}
