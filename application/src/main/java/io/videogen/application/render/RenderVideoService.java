package io.videogen.application.render;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RenderClaim;
import io.videogen.application.port.in.RenderVideoUseCase;
import io.videogen.application.port.out.AssetRepository;
import io.videogen.application.port.out.AvatarRepository;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.ProvenanceStore;
import io.videogen.application.provider.OwnProviderKeys;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.port.out.RenderWorkspaces;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.application.service.Blocking;
import io.videogen.application.service.VideoChanges;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.StageRun;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import io.videogen.domain.video.VideoStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Takes a queued video through the {@link RenderPipeline}. Stage transitions are saved (through the
 * job's fence) and published as they happen; stages a previous attempt finished find their
 * artefacts and pass without new events. The pipeline's outcome is the video's: completed, failed
 * for good (on a final failure, or a retryable one on the job's last attempt), to be retried, or
 * abandoned to whoever changed the video meanwhile.
 */
public final class RenderVideoService implements RenderVideoUseCase {

    /** The JDK's logger keeps the application framework-free; Quarkus routes it to its log handlers. */
    private static final System.Logger LOG = System.getLogger(RenderVideoService.class.getName());
    /** How long a stage change may take to save before the render gives the attempt up as failed. */
    private static final Duration SAVE_PATIENCE = Duration.ofMinutes(1);

    private final VideoRepository videos;
    private final VideoChanges changes;
    private final RenderJobs jobs;
    private final FanOutPolicy fanOut;
    private final RenderPipeline pipeline;
    private final ProgressPublisher publisher;
    private final RenderObserver observer;
    private final Blocking blocking;
    private final Clock clock;
    private final VideoMetrics metrics;
    private final Tracing tracing;
    private final ProvenanceStore provenance;

    /** Each render is a span tree under the trace that queued it. */
    public RenderVideoService(VideoRepository videos, VideoChanges changes, AvatarRepository avatars,
                              AssetRepository assets, MediaStore media, RenderWorkspaces workspaces,
                              RenderPipeline pipeline, ProgressPublisher publisher, RenderObserver observer,
                              Blocking blocking, Clock clock, VideoMetrics metrics, Tracing tracing,
                              ProvenanceStore provenance, OwnProviderKeys keys) {
        this(videos, changes, new RenderJobs(avatars, assets, media, workspaces, publisher, observer, clock, blocking,
                keys), FanOutPolicy.OFF, pipeline, publisher, observer, blocking, clock, metrics, tracing, provenance);
    }

    /** @param fanOut when the segments of a render become tasks for every worker (ADR 0024) */
    public RenderVideoService(VideoRepository videos, VideoChanges changes, RenderJobs jobs, FanOutPolicy fanOut,
                              RenderPipeline pipeline, ProgressPublisher publisher, RenderObserver observer,
                              Blocking blocking, Clock clock, VideoMetrics metrics, Tracing tracing,
                              ProvenanceStore provenance) {
        this.videos = videos;
        this.changes = changes;
        this.jobs = jobs;
        this.fanOut = fanOut;
        this.pipeline = pipeline;
        this.publisher = publisher;
        this.observer = observer;
        this.blocking = blocking;
        this.clock = clock;
        this.metrics = metrics;
        this.tracing = tracing;
        this.provenance = provenance;
    }

    /** What one attempt carries: the video as last saved, and the job's claim. */
    private static final class Attempt {
        final RenderClaim claim;
        volatile Video video;
        final Tracing.Span span;
        final Instant started;

        Attempt(Video video, RenderClaim claim, Tracing.Span span, Instant started) {
            this.video = video;
            this.claim = claim;
            this.span = span;
            this.started = started;
        }
    }

    @Override
    public Uni<RenderResult> render(VideoId id, String traceContext, RenderClaim claim) {
        String parent = traceContext != null ? traceContext : tracing.currentContext();
        return Uni.createFrom().deferred(() -> {
            Tracing.Span span = tracing.start("render", parent).tag(Tracing.VIDEO_ID, id.toString());
            metrics.renderStarted();
            return renderTraced(id, span, claim)
                    .invoke(result -> span.tag("videogen.outcome", result.outcome().name().toLowerCase(Locale.ROOT)))
                    .onFailure().invoke(span::fail)
                    .onTermination().invoke(() -> {
                        span.end();
                        metrics.renderEnded();
                    });
        });
    }

    private Uni<RenderResult> renderTraced(VideoId id, Tracing.Span span, RenderClaim claim) {
        return videos.findById(id).chain(found -> {
            if (found.isEmpty() || !renderable(found.get())) {
                return Uni.createFrom().item(RenderResult.of(Outcome.ABANDONED));
            }
            Video video = found.get();
            VideoSpec spec = video.spec();
            span.tag(Tracing.USER_ID, video.owner().toString())
                    .tag(RenderTrace.RESOLUTION, spec.config().resolution().toString())
                    .tag("videogen.quality", spec.config().quality().label())
                    .tag("videogen.scenes", spec.script().scenes().size());
            Attempt attempt = new Attempt(video, claim, span, clock.now());
            return jobs.prepare(video, span)
                    .map(job -> job.fanningOut(fanOut.forRender(id, claim)))
                    .chain(job -> blocking.call(() -> pipeline.run(job, new Stages(attempt))))
                    .onFailure().recoverWithItem(RenderVideoService::unprepared)
                    .chain(outcome -> settle(attempt, outcome))
                    .onFailure(failure -> !(failure instanceof StaleVersionException)).recoverWithUni(failure ->
                            failed(attempt, new PipelineOutcome.Failed(FailureClassifier.describe(Stage.RENDER,
                                    failure), failure)));
        });
    }

    private static PipelineOutcome unprepared(Throwable failure) {
        if (failure instanceof RenderInputs.Unprepared unprepared) {
            return new PipelineOutcome.Failed(FailureClassifier.describe(unprepared.stage(), unprepared.getCause()),
                    unprepared.getCause());
        }
        return new PipelineOutcome.Failed(FailureClassifier.describe(Stage.SCRIPT, failure), failure);
    }

    private static boolean renderable(Video video) {
        return video.status() == VideoStatus.QUEUED || video.status() == VideoStatus.PROCESSING;
    }

    /** The pipeline's outcome, saved on the video. */
    private Uni<RenderResult> settle(Attempt attempt, PipelineOutcome outcome) {
        if (outcome instanceof PipelineOutcome.Completed completed) {
            return complete(attempt, completed.duration())
                    .onFailure(StaleVersionException.class).recoverWithItem(RenderResult.of(Outcome.ABANDONED));
        }
        if (outcome instanceof PipelineOutcome.Failed failed) {
            return failed(attempt, failed);
        }
        if (outcome instanceof PipelineOutcome.Waiting waiting) {
            log(attempt, System.Logger.Level.INFO, "the segments are tasks for every worker; "
                    + waiting.unfinishedTasks() + " still to finish before the video is assembled");
            return Uni.createFrom().item(RenderResult.of(Outcome.WAITING));
        }
        return Uni.createFrom().item(RenderResult.of(Outcome.ABANDONED));
    }

    private Uni<RenderResult> complete(Attempt attempt, Duration duration) {
        long durationMs = Math.max(1, duration.toMillis());
        return transition(attempt, video -> video.complete(durationMs, clock.now()))
                .invoke(() -> {
                    Duration took = Duration.between(attempt.started, clock.now());
                    observer.renderCompleted(attempt.video.id(), attempt.video.spec().config(), took);
                    metrics.videoFinished(VideoStatus.COMPLETED);
                    log(attempt, System.Logger.Level.INFO, "video rendered in " + took.toMillis() / 1000.0 + " s ("
                            + attempt.video.spec().config().resolution() + ", "
                            + attempt.video.spec().config().quality().label() + ")");
                })
                .replaceWith(RenderResult.of(Outcome.COMPLETED));
    }

    private Uni<RenderResult> failed(Attempt attempt, PipelineOutcome.Failed failed) {
        VideoFailure why = failed.failure();
        attempt.span.fail(failed.cause());
        attempt.span.tag("videogen.failure.code", why.code().name().toLowerCase(Locale.ROOT));
        log(attempt, System.Logger.Level.WARNING, "render failed in stage " + why.stage().label() + ": "
                + why.message() + (why.retryable() && !attempt.claim.lastAttempt() ? " (another attempt may succeed)"
                : why.retryable() ? " (the last attempt: the video fails)" : " (final)"));
        if (why.retryable() && !attempt.claim.stillOwned()) {
            // a render that failed after its worker lost the job (its connection cut while it was
            // frozen, say) failed because it was abandoned: the job is its new holder's business
            return Uni.createFrom().item(new RenderResult(Outcome.ABANDONED, Optional.of(why)));
        }
        if (why.retryable() && !attempt.claim.lastAttempt()) {
            return Uni.createFrom().item(new RenderResult(Outcome.RETRYABLE_FAILURE, Optional.of(why)));
        }
        return transition(attempt, video -> video.fail(why, clock.now()))
                .invoke(() -> metrics.videoFinished(VideoStatus.FAILED))
                .replaceWith(new RenderResult(Outcome.FAILED, Optional.of(why)))
                .onFailure(StaleVersionException.class).recoverWithItem(RenderResult.of(Outcome.ABANDONED));
    }

    /** A line about the attempt, written with its render span active so it carries the trace and video ids. */
    private static void log(Attempt attempt, System.Logger.Level level, String message) {
        try (Tracing.Scope ignored = attempt.span.activate()) {
            LOG.log(level, message);
        }
    }

    /**
     * Saves a change while the worker holds the job (with the webhook it announces, if any), then
     * publishes it. A video saved meanwhile by
     * someone else (a rename) is loaded again and the change applied to it once more; a video that
     * was cancelled or deleted, or a job taken over, ends the render as abandoned.
     */
    private Uni<Void> transition(Attempt attempt, Function<Video, VideoEvent> change) {
        return save(attempt, change).onFailure(StaleVersionException.class).recoverWithUni(stale ->
                videos.findById(attempt.video.id()).chain(found -> {
                    if (found.isEmpty() || !renderable(found.get())) {
                        return Uni.createFrom().failure(stale);
                    }
                    attempt.video = found.get();
                    return save(attempt, change);
                }));
    }

    private Uni<Void> save(Attempt attempt, Function<Video, VideoEvent> change) {
        List<VideoEvent> events = List.of(change.apply(attempt.video));
        return attempt.claim.fenced(() -> changes.save(attempt.video, events))
                .invoke(saved -> attempt.video = saved)
                .chain(() -> changes.publish(events));
    }

    /** The pipeline's events on the stored video: stage changes saved, progress published. */
    private final class Stages implements PipelineListener {

        private final Attempt attempt;

        Stages(Attempt attempt) {
            this.attempt = attempt;
        }

        @Override
        public boolean stillOwned() {
            return attempt.claim.stillOwned();
        }

        @Override
        public boolean finishedBefore(Stage stage) {
            return attempt.video.stageRun(stage).status() == StageRun.Status.COMPLETED;
        }

        /**
         * Saved before the stage's work goes on: the rendering thread waits for the save. (A render
         * back from waiting for its tasks starts its composition again, as a retry does.)
         */
        @Override
        public void stageStarted(Stage stage) {
            transition(attempt, video -> video.startStage(stage, clock.now())).await().atMost(SAVE_PATIENCE);
        }

        /** Published as it happens, saved only with the next stage change. */
        @Override
        public void progress(Stage stage, int stagePercent, int overallPercent) {
            int previous = attempt.video.progress().map(p -> p.percent()).orElse(0);
            if (overallPercent > previous && attempt.video.status() == VideoStatus.PROCESSING) {
                VideoEvent event = attempt.video.reportProgress(stage, overallPercent, clock.now());
                publisher.publish(event).subscribe().with(ignored -> { }, ignored -> { });
            }
        }

        @Override
        public void stageFinished(Stage stage, int overallPercent) {
            transition(attempt, video -> video.finishStage(stage, clock.now())).await().atMost(SAVE_PATIENCE);
        }

        /** Saved through the job's fence, like a stage change. */
        @Override
        public void provenance(List<SceneProvenance> scenes) {
            attempt.claim.fenced(() -> provenance.save(attempt.video.id(), scenes)).await().atMost(SAVE_PATIENCE);
        }
    }
}
