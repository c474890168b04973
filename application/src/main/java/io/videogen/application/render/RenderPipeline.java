package io.videogen.application.render;

import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.port.out.RenderWorkspace;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.Tracing;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.script.ScriptConfig;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.SceneProvenance.PictureMaker;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import io.videogen.domain.video.Script;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * finds its work done. Blocking: the stages run on the calling thread, one after another (a stage
 * may use a few threads of its own, as many as {@link RenderParallelism} allows); only the stills of a
 * script painted offline are painted beside the voice and avatar stages ({@link StillsAhead}).
 */
public final class RenderPipeline {

    /** Share of the overall progress each stage stands for; composition is where the time goes. */
    private static final int[] STAGE_WEIGHT = {2, 13, 5, 5, 65, 10};

    private final RenderEngine engine;
    private final RenderParallelism parallelism;
    private final ScriptConfig scriptConfig;

    public RenderPipeline(RenderEngine engine, RenderParallelism parallelism, ScriptConfig scriptConfig) {
        this.engine = engine;
        this.parallelism = parallelism;
        this.scriptConfig = scriptConfig;
    }

    /**
     * One video to render.
     *
     * @param span the render's span: each stage is a child of it
     */
    public record Job(VideoId videoId, VideoSpec spec, RenderWorkspace workspace, MediaStore media,
                      AvatarLook avatarLook, RenderObserver observer, Tracing.Span span, ProviderAccount account,
                      SceneFanOut fanOut) {

        /** A job whose provider calls use the server's keys and are metered to no one (the command line). */
        public Job(VideoId videoId, VideoSpec spec, RenderWorkspace workspace, MediaStore media, AvatarLook avatarLook,
                   RenderObserver observer, Tracing.Span span) {
            this(videoId, spec, workspace, media, avatarLook, observer, span, ProviderAccount.SERVER, SceneFanOut.NONE);
        }

        /** The same render, its segments handed out as tasks when the fan-out finds it worth it. */
        public Job fanningOut(SceneFanOut how) {
            return new Job(videoId, spec, workspace, media, avatarLook, observer, span, account, how);
        }
    }

    /** Runs every stage on the calling thread; a failure is an outcome, not an exception. */
    public PipelineOutcome run(Job job, PipelineListener listener) {
        Run run = new Run(job, listener);
        try {
            return new PipelineOutcome.Completed(run.stages());
        } catch (IOException | RuntimeException e) {
            return run.outcomeOf(e);
        }
    }

    /**
     * One task of a fanned-out render (ADR 0024): the one segment or soundtrack named {@code artefact}
     * is made from its {@code brief} (as the task's row carried it) and the inputs its render put in the
     * media store ({@link SegmentTasks}), in the job's workspace; {@link #shareTask} shares it. No earlier
     * stage runs (the video's job owns their events), no other scene is looked at. The listener is asked
     * whether the task is still held, and hears the artefact's progress.
     */
    public PipelineOutcome runTask(Job job, String artefact, byte[] brief, PipelineListener listener) {
        Run run = new Run(job, listener);
        try {
            return new PipelineOutcome.Completed(run.task(artefact, brief));
        } catch (IOException | RuntimeException e) {
            return run.outcomeOf(e);
        }
    }

    /**
     * Puts the artefact {@link #runTask} made in the media store, for the worker that assembles the video
     * (ADR 0024, "Sharing artefacts"). A failure is the task's outcome, told as a failure of its make is.
     */
    public PipelineOutcome shareTask(Job job, String artefact) {
        Run run = new Run(job, new PipelineListener() { });
        try {
            run.share(artefact);
            return new PipelineOutcome.Completed(Duration.ZERO);
        } catch (IOException | RuntimeException e) {
            return run.outcomeOf(e);
        }
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
        private final PipelineListener listener;
        private final RenderContext ctx;
        private volatile Stage current = Stage.SCRIPT;

        Run(Job job, PipelineListener listener) {
            this.job = job;
            this.listener = listener;
            ArtefactKeys keys = new ArtefactKeys(job.workspace());
            this.ctx = new RenderContext(job.videoId(), job.spec(), engine, job.media(), keys,
                    new AssetCopies(job.media(), keys), job.avatarLook(), scriptConfig,
                    new RenderTrace(job.videoId(), job.spec(), job.observer()), parallelism, job.account(),
                    job.fanOut());
        }

        Duration stages() throws IOException {
            Script script = stage(Stage.SCRIPT, (p, again) -> ScriptStage.run(ctx));
            StillsAhead ahead = StillsStage.paintedOffline(script)
                    ? new StillsAhead(ctx, script, job.observer(), span(Stage.VISUALS, listener.finishedBefore(Stage.VISUALS)))
                    : null;
            try {
                return stages(script, ahead);
            } finally {
                if (ahead != null) {
                    ahead.stop();
                }
            }
        }

        /** The stages after the script; the stills are taken from {@code ahead} when it paints them. */
        private Duration stages(Script script, StillsAhead ahead) throws IOException {
            Narration narration = stage(Stage.VOICE, (p, again) -> NarrationStage.run(ctx, script, p));
            listener.provenance(provenance(narration, null));
            Performances performances = stage(Stage.AVATAR, (p, again) -> again
                    ? PerformanceStage.resume(ctx, narration) : PerformanceStage.run(ctx, script, narration, p));
            List<Path> stills = ahead != null
                    ? stage(Stage.VISUALS, ahead.handOver(), (p, again) -> ahead.stills(p))
                    : stage(Stage.VISUALS, null, (p, again) -> StillsStage.run(ctx, script, narration, p));
            listener.provenance(provenance(narration, StillsStage.makers(script, stills)));
            Segments segments = stage(Stage.COMPOSITION, (p, again) -> SegmentStage.run(ctx, script, narration,
                    performances, stills, p));
            stage(Stage.RENDER, (p, again) -> {
                OutputStage.run(ctx, narration, segments, p);
                return null;
            });
            return narration.duration();
        }

        /**
         * The one artefact, from the inputs its render put in the media store: no stage before
         * composition runs, nothing of the render's own workspace is read.
         */
        Duration task(String artefact, byte[] brief) throws IOException {
            stage(Stage.COMPOSITION, (p, again) -> SegmentTasks.make(ctx, artefact, brief, p));
            return Duration.ZERO;
        }

        /** The task's artefact, made, put where the assembling worker finds it: a failure is the composition's. */
        void share(String artefact) throws IOException {
            current = Stage.COMPOSITION;
            SegmentTasks.share(ctx, artefact);
        }

        private static List<SceneProvenance> provenance(Narration narration, List<PictureMaker> pictures) {
            List<SceneProvenance> scenes = new ArrayList<>();
            for (int i = 0; i < narration.voices().size(); i++) {
                scenes.add(new SceneProvenance(i, narration.voices().get(i), pictures == null ? null : pictures.get(i)));
            }
            return scenes;
        }

        private <T> T stage(Stage stage, StageWork<T> work) throws IOException {
            return stage(stage, null, work);
        }

        /** @param begun the stage's span when work of the stage began before it, else null */
        private <T> T stage(Stage stage, Tracing.Span begun, StageWork<T> work) throws IOException {
            if (!listener.stillOwned()) {
                if (begun != null) {
                    begun.end();
                }
                throw new JobLost();
            }
            current = stage;
            boolean again = listener.finishedBefore(stage);
            long started = System.nanoTime();
            Tracing.Span span = begun != null ? begun : span(stage, again);
            try {
                if (!again) {
                    listener.stageStarted(stage);
                }
                T result;
                try (Tracing.Scope ignored = span.activate()) {
                    result = ctx.trace().stage(span, () -> work.run(percent -> progress(stage, percent), again));
                }
                if (!again) {
                    listener.stageFinished(stage, overall(stage, 100));
                    job.observer().stageFinished(job.videoId(), stage, Duration.ofNanos(System.nanoTime() - started));
                }
                return result;
            } catch (AwaitingTasks waiting) {
                span.tag("videogen.fan-out.unfinished", waiting.unfinished());
                throw waiting;
            } catch (IOException | RuntimeException | Error e) {
                span.fail(e);
                throw e;
            } finally {
                span.end();
            }
        }

        private Tracing.Span span(Stage stage, boolean again) {
            return job.span().child("stage " + stage.label())
                    .tag(Tracing.VIDEO_ID, job.videoId().toString())
                    .tag("videogen.stage", stage.label())
                    .tag("videogen.replay", again);
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
            if (failure instanceof AwaitingTasks waiting) {
                return new PipelineOutcome.Waiting(waiting.unfinished());
            }
            if (failure instanceof JobLost || failure instanceof StaleVersionException) {
                return new PipelineOutcome.Abandoned();
            }
            return new PipelineOutcome.Failed(FailureClassifier.describe(current, failure), failure);
        }
    }
}
