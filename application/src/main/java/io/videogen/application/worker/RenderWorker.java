package io.videogen.application.worker;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RenderTaskUseCase;
import io.videogen.application.port.in.RenderTaskUseCase.Made;
import io.videogen.application.port.in.RenderVideoUseCase;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.application.port.out.FanOutStep;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.RenderJob;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.RenderTask;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Takes render jobs from the queue one at a time per call and sees each through: it holds the job
 * with a lease renewed by heartbeat, lets the render know the moment the job is lost (cancelled,
 * withdrawn, or taken over after the lease ran out), fences the render's writes with the job's
 * token, and settles the job by the render's outcome — done, retried with backoff, or ended with
 * the last error. Whether the video failed, and whether a failure after the job was lost counts,
 * is the render's to say (on the last attempt it fails the video itself); the worker only maps the
 * outcome to a queue call. How many calls run at once, and how often an
 * idle slot asks again, is the caller's business.
 */
public final class RenderWorker {

    private static final System.Logger LOG = System.getLogger(RenderWorker.class.getName());

    private final RenderJobQueue queue;
    private final RenderVideoUseCase renders;
    private final VideoRepository videos;
    private final ProgressPublisher events;
    private final TransactionRunner transactions;
    private final WorkerSettings settings;
    private final ScheduledExecutorService timer;
    private final LongSupplier nanoTime;
    private final VideoMetrics metrics;
    private final RenderTaskQueue tasks;
    private final RenderTaskUseCase taskRenders;
    private final Settlements settlements;

    private final Set<JobHold> running = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<Void> idleAfterStop = new CompletableFuture<>();
    /** Takes no more jobs. */
    private volatile boolean stopping;
    /** Its running renders stop at their next check and hand their jobs back. */
    private volatile boolean handingBack;

    /**
     * @param timer    runs the heartbeats; the caller owns it and shuts it down
     * @param nanoTime a monotonic clock for the lease as this worker sees it (System::nanoTime)
     * @param metrics  counts claims, so retries and takeovers show on the dashboards
     */
    public RenderWorker(RenderJobQueue queue, RenderVideoUseCase renders, VideoRepository videos,
                        ProgressPublisher events, TransactionRunner transactions, WorkerSettings settings,
                        ScheduledExecutorService timer, LongSupplier nanoTime, VideoMetrics metrics) {
        this(queue, null, renders, null, videos, events, transactions, settings, timer, nanoTime, metrics);
    }

    /**
     * A worker that also takes the tasks of fanned-out renders (ADR 0024), before any new video: a
     * task finishes a video already started, and a waiting video holds no slot of its own.
     */
    public RenderWorker(RenderJobQueue queue, RenderTaskQueue tasks, RenderVideoUseCase renders,
                        RenderTaskUseCase taskRenders, VideoRepository videos, ProgressPublisher events,
                        TransactionRunner transactions, WorkerSettings settings, ScheduledExecutorService timer,
                        LongSupplier nanoTime, VideoMetrics metrics) {
        this.tasks = tasks;
        this.taskRenders = taskRenders;
        this.metrics = metrics;
        this.queue = queue;
        this.renders = renders;
        this.videos = videos;
        this.events = events;
        this.transactions = transactions;
        this.settings = settings;
        this.timer = timer;
        this.nanoTime = nanoTime;
        this.settlements = new Settlements(settings.workerId(), queue, tasks, taskRenders, videos, () -> handingBack,
                metrics, nanoTime);
    }

    public String id() {
        return settings.workerId();
    }

    /**
     * Claims the oldest due job — a queued one, or one whose holder's lease ran out — and renders
     * it to its end. Emits false when no job was due or the worker is stopping. A failure inside the
     * render never fails the returned Uni: it is settled on the job.
     */
    public Uni<Boolean> takeNext() {
        if (stopping) {
            return Uni.createFrom().item(false);
        }
        return takeTask().chain(took -> took ? Uni.createFrom().item(true) : takeJob());
    }

    private Uni<Boolean> takeJob() {
        long askedAt = nanoTime.getAsLong();
        return queue.claim(settings.workerId(), settings.lease()).chain(claimed -> {
            if (claimed.isEmpty()) {
                return Uni.createFrom().item(false);
            }
            return work(claimed.get(), hold(Lease.of(claimed.get(), queue), askedAt)).replaceWith(true);
        });
    }

    /**
     * Claims a run of one video's tasks (up to {@code WorkerSettings.tasksPerClaim}) and makes them one after
     * another under one hold: one claim, one lease renewed by one heartbeat, and one finish for the tasks
     * made (ADR 0024, "Round trips per task").
     */
    private Uni<Boolean> takeTask() {
        if (tasks == null) {
            return Uni.createFrom().item(false);
        }
        long askedAt = nanoTime.getAsLong();
        return tasks.claim(settings.workerId(), settings.lease(), settings.tasksPerClaim()).chain(run -> {
            if (run.isEmpty()) {
                return Uni.createFrom().item(false);
            }
            metrics.fanOutStep(FanOutStep.CLAIM, Duration.ofNanos(nanoTime.getAsLong() - askedAt));
            JobHold hold = hold(Lease.of(run, tasks), askedAt);
            RenderTask first = run.get(0);
            LOG.log(Level.INFO, "worker {0} makes {1} (attempt {2}, fencing token {3})",
                    settings.workerId(), hold.held().describe(), first.attempt(), first.fencingToken());
            return held(hold, first.videoId(), hold.startClaimed()
                    .chain(() -> makeEach(run, hold))
                    .chain(results -> {
                        // the heartbeat stops first: a renewal racing the settle would find the tasks
                        // done and report them lost
                        hold.close();
                        return settlements.settleRun(hold, run, results);
                    })).replaceWith(true);
        });
    }

    /**
     * The run's tasks one after another, each task's outcome in order; none is started after one was
     * abandoned (the run lost, or its video no longer rendering): those left out count as abandoned too.
     * What a task made is put in the store while the next one is made; the run's outcomes are those of its
     * puts, waited for once its last task is made, so the settle never marks done an artefact not shared.
     */
    private Uni<List<RenderResult>> makeEach(List<RenderTask> run, JobHold hold) {
        List<Made> made = new ArrayList<>(run.size());
        Uni<Void> making = Uni.createFrom().voidItem();
        for (RenderTask task : run) {
            making = making.chain(() -> {
                if (!made.isEmpty()
                        && made.get(made.size() - 1).made().outcome() == RenderVideoUseCase.Outcome.ABANDONED) {
                    return Uni.createFrom().voidItem();
                }
                return taskRenders.make(task.videoId(), task.rendering(), task.artefact(), task.brief(), task.home(),
                                task.traceContext(), hold)
                        .onFailure().recoverWithUni(failure -> unexpected(hold, task.videoId(), failure)
                                .map(Made::unshared))
                        .invoke(made::add).replaceWithVoid();
            });
        }
        return making.chain(() -> shared(run, made, hold));
    }

    /**
     * The outcomes of a run's tasks once every put of them ended (a failed put fails its task, as a failed
     * make would). The wait is what the worker's path spends on the puts: timed as the artefact put; each
     * put's own time is timed apart, where it ran.
     */
    private Uni<List<RenderResult>> shared(List<RenderTask> run, List<Made> made, JobHold hold) {
        long waiting = nanoTime.getAsLong();
        List<RenderResult> results = new ArrayList<>(made.size());
        Uni<Void> all = Uni.createFrom().voidItem();
        for (int i = 0; i < made.size(); i++) {
            Made task = made.get(i);
            VideoId video = run.get(i).videoId();
            all = all.chain(() -> task.outcome()
                    .onFailure().recoverWithUni(failure -> unexpected(hold, video, failure))
                    .invoke(results::add).replaceWithVoid());
        }
        return all.invoke(() -> {
            if (made.stream().anyMatch(Made::shares)) {
                metrics.fanOutStep(FanOutStep.ARTEFACT_PUT, Duration.ofNanos(nanoTime.getAsLong() - waiting));
            }
        }).replaceWith(results);
    }

    private JobHold hold(Lease lease, long askedAt) {
        return new JobHold(lease, askedAt, events, transactions, settings, timer, nanoTime, () -> handingBack);
    }

    /** How many jobs this worker holds right now. */
    public int running() {
        return running.size();
    }

    /**
     * Stops taking jobs and tells the running renders they lost their jobs; each stops at its next
     * check and hands its job back to the queue (due at once, the attempt not counted). Completes
     * when the last one has.
     */
    public Uni<Void> stop() {
        return stop(Duration.ZERO);
    }

    /**
     * Stops taking jobs at once, lets the running renders go on toward their end for {@code finishWithin},
     * then tells those still running to hand their jobs back, as {@link #stop()} does. Completes when the
     * last render has ended, finished or handed back.
     */
    public Uni<Void> stop(Duration finishWithin) {
        stopping = true;
        if (finishWithin.isZero() || finishWithin.isNegative()) {
            handingBack = true;
        } else {
            timer.schedule(() -> {
                handingBack = true;
            }, finishWithin.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (running.isEmpty()) {
            idleAfterStop.complete(null);
        }
        return Uni.createFrom().completionStage(idleAfterStop);
    }

    /**
     * For a stopping process out of time: releases every job and task a render still holds, from outside
     * the render, so each is due at once for another worker instead of after its lease. The fence keeps the
     * render, should it go on in the dying process, from writing anything: the claim no longer runs under
     * its token. Completes when every release was answered.
     */
    public Uni<Void> handBack() {
        stopping = true;
        handingBack = true;
        List<Uni<Void>> releases = new ArrayList<>();
        for (JobHold hold : running) {
            hold.handedBack();
            LOG.log(Level.INFO, "worker {0} hands {1} back before its render let go",
                    settings.workerId(), hold.held().describe());
            releases.add(settlements.tolerateLoss(hold.held().release()));
        }
        return releases.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(releases).andCollectFailures().replaceWithVoid();
    }

    private Uni<Void> work(RenderJob job, JobHold hold) {
        VideoId video = job.videoId();
        LOG.log(Level.INFO, "worker {0} renders video {1} (attempt {2}, fencing token {3})", settings.workerId(),
                video, job.attempt(), job.fencingToken());
        metrics.renderJobClaimed(job.attempt());
        return held(hold, video, hold.start()
                // the job carries the trace context of the request that queued it: the render joins that trace
                .chain(() -> renders.render(video, job.traceContext(), hold))
                .onFailure().recoverWithUni(failure -> unexpected(hold, video, failure))
                .chain(result -> settlements.settle(job, hold, result)));
    }

    /** A job's or a task's work, counted as running while it lasts; whatever it leaves unsettled its lease settles. */
    private Uni<Void> held(JobHold hold, VideoId video, Uni<Void> work) {
        running.add(hold);
        return work
                .onFailure().recoverWithUni(failure -> {
                    LOG.log(Level.WARNING, "worker " + settings.workerId() + " could not settle its work on video "
                            + video + "; it returns to the queue when its lease runs out", failure);
                    return Uni.createFrom().voidItem();
                })
                .eventually(() -> {
                    hold.close();
                    running.remove(hold);
                    if (stopping && running.isEmpty()) {
                        idleAfterStop.complete(null);
                    }
                });
    }

    /** A render that broke instead of returning its outcome: tried again later, unless the job was let go. */
    private Uni<RenderResult> unexpected(JobHold hold, VideoId video, Throwable failure) {
        LOG.log(Level.WARNING, "the render of video " + video + " failed unexpectedly", failure);
        if (!hold.stillOwned()) {
            return Uni.createFrom().item(RenderResult.of(RenderVideoUseCase.Outcome.ABANDONED));
        }
        return videos.findById(video).onFailure().recoverWithItem(Optional.empty()).map(found -> new RenderResult(
                RenderVideoUseCase.Outcome.RETRYABLE_FAILURE, Optional.of(new VideoFailure(
                found.map(Settlements::currentStage).orElse(Stage.SCRIPT), FailureCode.INTERNAL_ERROR,
                "the render stopped on an unexpected error; it will be tried again", true, null))));
    }

}
