package io.videogen.application.render;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.port.out.RenderWorkspace;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.service.Blocking;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.script.ScriptConfig;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The one render pipeline, for the worker and the command line alike: script → narration →
 * performances → stills → segments and soundtrack → outputs, each stage a small class handing a
 * typed result to the next. This class owns the stage loop: the cancellation check before each
 * stage and inside it, the weight each stage has in the overall progress, the stage's span, and
 * what a failure means ({@link FailureClassifier}). Every artefact is named by {@link ArtefactKeys},
 * so a stage finished before (in an earlier attempt, or an earlier render of the same workspace)
 * finds its work done.
 */
public final class RenderPipeline {

    /** Share of the overall progress each stage stands for; composition is where the time goes. */
    private static final int[] STAGE_WEIGHT = {2, 13, 5, 5, 65, 10};

    private final RenderEngine engine;
    private final RenderParallelism parallelism;
    private final ScriptConfig scriptConfig;
    private final Blocking blocking;

    /** @param blocking where a stage's work runs: a worker pool, or the caller's own thread */
    public RenderPipeline(RenderEngine engine, RenderParallelism parallelism, ScriptConfig scriptConfig,
                          Blocking blocking) {
        this.engine = engine;
        this.parallelism = parallelism;
        this.scriptConfig = scriptConfig;
        this.blocking = blocking;
    }

    /**
     * One video to render.
     *
     * @param span the render's span: each stage is a child of it
     */
    public record Job(VideoId videoId, VideoSpec spec, RenderWorkspace workspace, MediaStore media,
                      AvatarLook avatarLook, RenderObserver observer, Tracing.Span span) {
    }

    /** What the caller hears, and what it decides: whether the job is still its own, and what a stage finishing means. */
    public interface Listener {

        /** Asked before every stage and with every progress report; false stops the render, abandoned. */
        default boolean stillOwned() {
            return true;
        }

        /** Whether an earlier attempt finished this stage: it is then run without events, finding its work done. */
        default boolean finishedBefore(Stage stage) {
            return false;
        }

        default Uni<Void> stageStarted(Stage stage) {
            return Uni.createFrom().voidItem();
        }

        /** @param overallPercent 0–100 over the whole render, by the pipeline's weight table */
        default void progress(Stage stage, int stagePercent, int overallPercent) {
        }

        default Uni<Void> stageFinished(Stage stage, int overallPercent) {
            return Uni.createFrom().voidItem();
        }
    }

    /** Runs every stage; never fails: a failure is an outcome. */
    public Uni<PipelineOutcome> run(Job job, Listener listener) {
        Run run = new Run(job, listener);
        return Uni.createFrom().deferred(() -> run.stages())
                .map(duration -> (PipelineOutcome) new PipelineOutcome.Completed(duration))
                .onFailure().recoverWithItem(run::outcomeOf);
    }

    /** The weight table's overall percent for a point within a stage. */
    static int overall(Stage stage, int stagePercent) {
        int before = Arrays.stream(STAGE_WEIGHT, 0, stage.ordinal()).sum();
        return before + STAGE_WEIGHT[stage.ordinal()] * clamp(stagePercent) / 100;
    }

    private static int clamp(int percent) {
        return Math.max(0, Math.min(100, percent));
    }

    /** Thrown from inside a stage's work when the caller no longer holds the job, to stop it mid-frame. */
    private static final class JobLost extends RuntimeException {
        JobLost() {
            super("the worker no longer holds this render job", null, false, false);
        }
    }

    /** A stage's work, told whether an earlier attempt finished it. */
    @FunctionalInterface
    private interface StageWork<T> {
        T run(IntConsumer percent, boolean finishedBefore) throws IOException;
    }

    /** One run: the stage in hand, for the failure to name. */
    private final class Run {

        private final Job job;
        private final Listener listener;
        private final RenderContext ctx;
        private volatile Stage current = Stage.SCRIPT;

        Run(Job job, Listener listener) {
            this.job = job;
            this.listener = listener;
            ArtefactKeys keys = new ArtefactKeys(job.workspace());
            this.ctx = new RenderContext(job.videoId(), job.spec(), engine, job.media(), keys,
                    new AssetCopies(job.media(), keys), job.avatarLook(), scriptConfig,
                    new RenderTrace(job.videoId(), job.spec(), job.observer()), parallelism);
        }

        Uni<Duration> stages() {
            return stage(Stage.SCRIPT, (p, again) -> ScriptStage.run(ctx)).chain(script ->
                    stage(Stage.VOICE, (p, again) -> NarrationStage.run(ctx, script, p)).chain(narration ->
                    stage(Stage.AVATAR, (p, again) -> again ? PerformanceStage.resume(ctx, narration)
                            : PerformanceStage.run(ctx, script, narration, p)).chain(performances ->
                    stage(Stage.VISUALS, (p, again) -> StillsStage.run(ctx, script, p)).chain(stills ->
                    stage(Stage.COMPOSITION, (p, again) -> SegmentStage.run(ctx, script, narration, performances,
                            stills, p)).chain(segments ->
                    stage(Stage.RENDER, (p, again) -> {
                        OutputStage.run(ctx, narration, segments, p);
                        return narration.duration();
                    }))))));
        }

        private <T> Uni<T> stage(Stage stage, StageWork<T> work) {
            if (!listener.stillOwned()) {
                return Uni.createFrom().failure(new JobLost());
            }
            current = stage;
            boolean again = listener.finishedBefore(stage);
            long started = System.nanoTime();
            Tracing.Span span = job.span().child("stage " + stage.label())
                    .tag(Tracing.VIDEO_ID, job.videoId().toString())
                    .tag("videogen.stage", stage.label())
                    .tag("videogen.replay", again);
            Uni<Void> start = again ? Uni.createFrom().voidItem() : listener.stageStarted(stage);
            return start
                    .chain(() -> blocking.call(() -> {
                        try (Tracing.Scope ignored = span.activate()) {
                            return traced(span, () -> work.run(percent -> progress(stage, percent), again));
                        }
                    }))
                    .call(() -> again ? Uni.createFrom().voidItem()
                            : listener.stageFinished(stage, overall(stage, 100)).invoke(() -> job.observer()
                            .stageFinished(job.videoId(), stage, Duration.ofNanos(System.nanoTime() - started))))
                    .onFailure().invoke(span::fail)
                    .onTermination().invoke(span::end);
        }

        private <T> T traced(Tracing.Span span, RenderTrace.Work<T> work) throws IOException {
            ctx.trace().enterStage(span);
            Throwable failure = null;
            try {
                return work.get();
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
                throw e;
            } finally {
                ctx.trace().leaveStage(failure);
            }
        }

        /**
         * Progress is told as it happens. The stages report often (the composer every few frames), so
         * this is also where a render notices that its job was lost and stops mid-stage.
         */
        private void progress(Stage stage, int stagePercent) {
            if (!listener.stillOwned()) {
                throw new JobLost();
            }
            listener.progress(stage, clamp(stagePercent), overall(stage, stagePercent));
        }

        PipelineOutcome outcomeOf(Throwable failure) {
            if (failure instanceof JobLost || failure instanceof StaleVersionException) {
                return new PipelineOutcome.Abandoned();
            }
            return new PipelineOutcome.Failed(FailureClassifier.describe(current, failure), failure);
        }
    }
}
