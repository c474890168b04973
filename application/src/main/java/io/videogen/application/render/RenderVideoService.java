package io.videogen.application.render;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RenderClaim;
import io.videogen.application.port.in.RenderVideoUseCase;
import io.videogen.application.port.out.AssetRepository;
import io.videogen.application.port.out.AvatarRepository;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.RenderWorkspaces;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.application.service.Blocking;
import io.videogen.application.service.VideoRules;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.avatar.Avatar;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.shared.DomainException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.Role;
import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.StageRun;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import io.videogen.domain.video.VideoStatus;
import io.videogen.domain.media.Visual;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Takes a queued video through script, voice, avatar, visuals, composition and render. Stage
 * transitions are saved and published as they happen; stages a previous attempt finished are
 * replayed from their cached artefacts without new events.
 */
public final class RenderVideoService implements RenderVideoUseCase {

    /** Share of the overall progress each stage stands for; composition is where the time goes. */
    private static final int[] STAGE_WEIGHT = {2, 13, 5, 5, 65, 10};
    /** The JDK's logger keeps the application framework-free; Quarkus routes it to its log handlers. */
    private static final System.Logger LOG = System.getLogger(RenderVideoService.class.getName());

    private final VideoRepository videos;
    private final AvatarRepository avatars;
    private final AssetRepository assets;
    private final MediaStore media;
    private final RenderWorkspaces workspaces;
    private final RenderEngine engine;
    private final ProgressPublisher publisher;
    private final RenderObserver observer;
    private final VideoRules rules;
    private final Blocking blocking;
    private final Clock clock;
    private final VideoMetrics metrics;
    private final Tracing tracing;

    public RenderVideoService(VideoRepository videos, AvatarRepository avatars, AssetRepository assets,
                              MediaStore media, RenderWorkspaces workspaces, RenderEngine engine,
                              ProgressPublisher publisher, RenderObserver observer, VideoRules rules,
                              Blocking blocking, Clock clock) {
        this(videos, avatars, assets, media, workspaces, engine, publisher, observer, rules, blocking, clock,
                VideoMetrics.NONE, Tracing.NONE);
    }

    /** With metrics and tracing: each render is a span tree under the trace that queued it. */
    public RenderVideoService(VideoRepository videos, AvatarRepository avatars, AssetRepository assets,
                              MediaStore media, RenderWorkspaces workspaces, RenderEngine engine,
                              ProgressPublisher publisher, RenderObserver observer, VideoRules rules,
                              Blocking blocking, Clock clock, VideoMetrics metrics, Tracing tracing) {
        this.videos = videos;
        this.avatars = avatars;
        this.assets = assets;
        this.media = media;
        this.workspaces = workspaces;
        this.engine = engine;
        this.publisher = publisher;
        this.observer = observer;
        this.rules = rules;
        this.blocking = blocking;
        this.clock = clock;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    /** What one attempt carries from stage to stage. */
    private static final class Attempt {
        final RenderClaim claim;
        Video video;
        RenderRun run;
        Stage stage = Stage.SCRIPT;
        final Tracing.Span span;
        final Instant started;

        Attempt(Video video, RenderClaim claim, Tracing.Span span, Instant started) {
            this.video = video;
            this.claim = claim;
            this.span = span;
            this.started = started;
        }
    }

    /** Thrown from inside a stage's work when the worker lost its job, to stop it mid-frame. */
    private static final class JobLost extends RuntimeException {
        JobLost() {
            super("the worker no longer holds this render job", null, false, false);
        }
    }

    @Override
    public Uni<RenderResult> render(VideoId id, RenderClaim claim) {
        return render(id, (String) null, claim);
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
            if (found.isEmpty()) {
                return Uni.createFrom().item(RenderResult.of(Outcome.ABANDONED));
            }
            Video video = found.get();
            if (!renderable(video)) {
                return Uni.createFrom().item(RenderResult.of(Outcome.ABANDONED));
            }
            VideoSpec spec = video.spec();
            span.tag(Tracing.USER_ID, video.owner().toString())
                    .tag(RenderTrace.RESOLUTION, spec.config().resolution().toString())
                    .tag("videogen.quality", spec.config().quality().label())
                    .tag("videogen.scenes", spec.script().scenes().size());
            Attempt attempt = new Attempt(video, claim, span, clock.now());
            return prepare(attempt)
                    .chain(() -> runStages(attempt, 0))
                    .onFailure().recoverWithUni(failure -> failed(attempt, failure));
        });
    }

    @Override
    public Uni<Void> giveUp(VideoId id, VideoFailure failure, RenderClaim claim) {
        return videos.findById(id).chain(found -> {
            if (found.isEmpty() || found.get().status().isFinal()) {
                return Uni.createFrom().voidItem();
            }
            Video video = found.get();
            VideoEvent event = video.fail(failure, clock.now());
            return claim.fenced(() -> videos.save(video))
                    .invoke(() -> metrics.videoFinished(VideoStatus.FAILED))
                    .chain(() -> publisher.publish(event));
        });
    }

    private static boolean renderable(Video video) {
        return video.status() == VideoStatus.QUEUED || video.status() == VideoStatus.PROCESSING;
    }

    private Uni<Void> prepare(Attempt attempt) {
        VideoSpec spec = attempt.video.spec();
        Caller owner = new Caller(attempt.video.owner(), Set.of(Role.CREATOR));
        Uni<AvatarLook> look = spec.avatar()
                .map(avatarId -> avatars.findVisible(avatarId, owner).map(found -> found.map(Avatar::look)
                        .orElseThrow(() -> new RenderStepException("avatar " + avatarId
                                + " no longer exists; choose another avatar", false))))
                .orElse(Uni.createFrom().item(AvatarLook.Procedural.defaults()));
        attempt.stage = Stage.AVATAR;
        return look.invoke(() -> attempt.stage = Stage.VISUALS)
                .call(avatarLook -> checkAssetsBelongTo(owner, spec, avatarLook))
                .invoke(() -> attempt.stage = Stage.SCRIPT)
                .chain(avatarLook -> blocking.call(() -> new RenderRun(attempt.video.id(), spec, engine,
                        workspaces.open(attempt.video.id()), media, avatarLook, rules.scriptConfig(),
                        new SceneReports(observer, publisher, clock))))
                .invoke(run -> attempt.run = run)
                .replaceWithVoid();
    }

    /** A render may only use its owner's uploads, even if someone learned another user's asset id. */
    private Uni<Void> checkAssetsBelongTo(Caller owner, VideoSpec spec, AvatarLook look) {
        Set<AssetId> used = new LinkedHashSet<>();
        for (Scene scene : spec.script().scenes()) {
            if (scene.visual() instanceof Visual.Image image) {
                used.add(image.assetId());
            }
        }
        spec.backgroundMusic().ifPresent(music -> used.add(music.assetId()));
        if (look instanceof AvatarLook.Portrait portrait) {
            used.add(portrait.assetId());
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (AssetId asset : used) {
            chain = chain.call(() -> assets.findVisible(asset, owner).invoke(found -> {
                if (found.isEmpty()) {
                    throw new RenderStepException("asset " + asset + " does not exist; upload it again or choose "
                            + "another", false);
                }
            }));
        }
        return chain;
    }

    private Uni<RenderResult> runStages(Attempt attempt, int index) {
        Stage[] stages = Stage.values();
        if (!attempt.claim.stillOwned()) {
            return Uni.createFrom().item(RenderResult.of(Outcome.ABANDONED));
        }
        if (index == stages.length) {
            return complete(attempt);
        }
        Stage stage = stages[index];
        attempt.stage = stage;
        boolean replay = attempt.video.stageRun(stage).status() == StageRun.Status.COMPLETED;
        Instant started = clock.now();
        Tracing.Span span = attempt.span.child("stage " + stage.label())
                .tag(Tracing.VIDEO_ID, attempt.video.id().toString())
                .tag("videogen.stage", stage.label())
                .tag("videogen.replay", replay);
        Uni<Void> start = replay ? Uni.createFrom().voidItem()
                : transition(attempt, video -> video.startStage(stage, clock.now()));
        Uni<Void> work = start
                .chain(() -> blocking.run(() -> {
                    try (Tracing.Scope ignored = span.activate()) {
                        attempt.run.run(stage, percent -> progress(attempt, stage, percent), span);
                    }
                }))
                .chain(() -> replay ? Uni.createFrom().voidItem()
                        : transition(attempt, video -> video.finishStage(stage, clock.now()))
                        .invoke(() -> observer.stageFinished(attempt.video.id(), stage,
                                Duration.between(started, clock.now()))));
        return work
                .onFailure().invoke(span::fail)
                .onTermination().invoke(span::end)
                .chain(() -> runStages(attempt, index + 1));
    }

    private Uni<RenderResult> complete(Attempt attempt) {
        long durationMs = Math.max(1, attempt.run.duration().toMillis());
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

    /** A line about the attempt, written with its render span active so it carries the trace and video ids. */
    private static void log(Attempt attempt, System.Logger.Level level, String message) {
        try (Tracing.Scope ignored = attempt.span.activate()) {
            LOG.log(level, message);
        }
    }

    /**
     * Progress is published as it happens but saved only with the next stage change. The stages
     * report often (the composer every few frames), so this is also where a render notices that its
     * worker lost the job and stops mid-stage: the composer's temporary output is then removed.
     */
    private void progress(Attempt attempt, Stage stage, int stagePercent) {
        if (!attempt.claim.stillOwned()) {
            throw new JobLost();
        }
        int before = Arrays.stream(STAGE_WEIGHT, 0, stage.ordinal()).sum();
        int overall = before + STAGE_WEIGHT[stage.ordinal()] * Math.min(100, Math.max(0, stagePercent)) / 100;
        int previous = attempt.video.progress().map(p -> p.percent()).orElse(0);
        if (overall > previous && attempt.video.status() == VideoStatus.PROCESSING) {
            VideoEvent event = attempt.video.reportProgress(stage, overall, clock.now());
            publisher.publish(event).subscribe().with(ignored -> { }, ignored -> { });
        }
    }

    /**
     * Saves a change while the worker holds the job, then publishes it. A video saved meanwhile by
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
        VideoEvent event = change.apply(attempt.video);
        return attempt.claim.fenced(() -> videos.save(attempt.video))
                .invoke(saved -> attempt.video = saved)
                .chain(() -> publisher.publish(event));
    }

    private Uni<RenderResult> failed(Attempt attempt, Throwable failure) {
        if (failure instanceof StaleVersionException || failure instanceof JobLost) {
            // Someone cancelled, deleted or changed the video meanwhile; their version wins.
            return Uni.createFrom().item(RenderResult.of(Outcome.ABANDONED));
        }
        VideoFailure why = describe(attempt.stage, failure);
        attempt.span.fail(failure);
        attempt.span.tag("videogen.failure.code", why.code().name().toLowerCase(Locale.ROOT));
        log(attempt, System.Logger.Level.WARNING, "render failed in stage " + why.stage().label() + ": "
                + why.message() + (why.retryable() ? " (another attempt may succeed)" : " (final)"));
        if (why.retryable()) {
            return Uni.createFrom().item(new RenderResult(Outcome.RETRYABLE_FAILURE, Optional.of(why)));
        }
        return transition(attempt, video -> video.fail(why, clock.now()))
                .invoke(() -> metrics.videoFinished(VideoStatus.FAILED))
                .replaceWith(new RenderResult(Outcome.FAILED, Optional.of(why)))
                .onFailure(StaleVersionException.class).recoverWithItem(RenderResult.of(Outcome.ABANDONED));
    }

    static VideoFailure describe(Stage stage, Throwable failure) {
        Throwable cause = failure instanceof UncheckedIOException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof SceneFailure scene) {
            return new VideoFailure(stage, codeFor(stage, scene.getCause()), scene.getMessage(), scene.retryable(),
                    scene.sceneIndex());
        }
        if (cause instanceof RenderStepException step) {
            return new VideoFailure(stage, codeFor(stage, step), step.getMessage(), step.retryable(), null);
        }
        if (cause instanceof DomainException domain) {
            return new VideoFailure(stage, codeFor(stage, domain), domain.getMessage(), false, null);
        }
        if (cause instanceof IOException) {
            return new VideoFailure(stage, stage == Stage.RENDER ? FailureCode.STORAGE_FAILED : codeFor(stage, cause),
                    "could not read or write a working file: " + cause.getMessage(), true, null);
        }
        return new VideoFailure(stage, codeFor(stage, cause), "unexpected error in stage " + stage.label(), true, null);
    }

    private static FailureCode codeFor(Stage stage, Throwable cause) {
        return switch (stage) {
            case SCRIPT -> FailureCode.SCRIPT_PARSING_FAILED;
            case VOICE -> FailureCode.SPEECH_SYNTHESIS_FAILED;
            case AVATAR -> FailureCode.AVATAR_RENDER_FAILED;
            case VISUALS -> FailureCode.IMAGE_GENERATION_FAILED;
            case COMPOSITION -> FailureCode.VIDEO_ASSEMBLY_FAILED;
            case RENDER -> cause instanceof IOException ? FailureCode.STORAGE_FAILED
                    : FailureCode.VIDEO_ASSEMBLY_FAILED;
        };
    }
}
