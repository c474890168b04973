package io.videogen.application.worker;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RenderTaskUseCase;
import io.videogen.application.port.in.RenderVideoUseCase;
import io.videogen.application.port.out.FanOutStep;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.RenderJob;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.RenderTask;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.domain.video.VideoId;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    private final TaskRuns runs;
    private final SegmentsAhead ahead;

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
        this.runs = new TaskRuns(taskRenders, settlements, metrics, nanoTime);
        this.ahead = new SegmentsAhead(settings.workerId(), tasks, taskRenders, metrics, nanoTime, timer,
                settings.heartbeat());
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
        // a job is looked for once the runs settling behind this worker's claims are settled: the last
        // task of a video makes its job due, for the worker that fanned it out to find (and once a copy
        // ahead of what others made for it has ended: its assembly finds those segments here)
        return takeTask().chain(took -> took ? Uni.createFrom().item(true)
                : runs.settled().chain(ahead::settled).chain(this::takeJob));
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
     * made (ADR 0024, "Round trips per task"). Emits once they are made: the run's puts and its settle go on
     * behind the worker's next claim ({@link TaskRuns}), its hold counted as running until it is settled.
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
            running.add(hold); // from the claim on: a stop waits for the run, a hand-back releases it
            return hold.startClaimed()
                    .chain(() -> runs.makeEach(run, hold))
                    .invoke(made -> runs.settleBehind(hold, run, made, settle -> held(hold, first.videoId(), settle)))
                    .replaceWithVoid()
                    .onFailure().recoverWithUni(failure -> held(hold, first.videoId(), Uni.createFrom().failure(failure)))
                    .replaceWith(true);
        });
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
        ahead.resumed(video);
        return held(hold, video, hold.start()
                // the job carries the trace context of the request that queued it: the render joins that trace
                .chain(() -> renders.render(video, job.traceContext(), hold))
                .onFailure().recoverWithUni(failure -> settlements.unexpected(hold, video, failure))
                .chain(result -> settlements.settle(job, hold, result).invoke(() -> {
                    if (result.outcome() == RenderVideoUseCase.Outcome.WAITING) {
                        ahead.parked(video);
                    }
                })));
    }

    /** A job's or a run's work, counted as running while it lasts; whatever it leaves unsettled its lease settles. */
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
}
