package io.videogen.application.render;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RenderClaim;
import io.videogen.application.port.in.RenderTaskUseCase;
import io.videogen.application.port.in.RenderTaskUseCase.Made;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.FanOutStep;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.service.Blocking;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * One task of a fanned-out render, on whichever worker took it: the one segment or soundtrack is made
 * from its brief and the inputs its render put in the media store, and shared there (by a put that runs
 * on while the worker makes its next task; not at all on the worker that assembles the video). The task writes
 * nothing on the video: its job, waiting, owns the video's state; the task's span joins the render's
 * trace and its completion moves the video's progress for every watcher.
 */
public final class RenderTaskService implements RenderTaskUseCase {

    private final RenderJobs jobs;
    private final RenderPipeline pipeline;
    private final ProgressPublisher publisher;
    private final Blocking blocking;
    private final Clock clock;
    private final Tracing tracing;

    public RenderTaskService(RenderJobs jobs, RenderPipeline pipeline,
                             ProgressPublisher publisher, Blocking blocking, Clock clock, Tracing tracing) {
        this.jobs = jobs;
        this.pipeline = pipeline;
        this.publisher = publisher;
        this.blocking = blocking;
        this.clock = clock;
        this.tracing = tracing;
    }

    @Override
    public Uni<List<Made>> make(List<Task> run, RenderClaim claim) {
        Optional<VideoSpec> rendering = run.get(0).rendering();
        if (rendering.isEmpty()) {
            // the claim's own statement found the video no longer rendering: nothing to load or make
            return Uni.createFrom().item(List.of(Made.unshared(RenderResult.of(Outcome.ABANDONED))));
        }
        return Uni.createFrom().deferred(() -> {
            long loading = System.nanoTime(); // from before the hop to a blocking thread, as before
            return blocking.call(() -> makeEach(run, rendering.get(), claim, loading));
        });
    }

    /**
     * On one blocking thread, the run's tasks one after another: one hop to it and one opening of the video's
     * workspace for the run, where each task took one of each. Stops after a task that was abandoned.
     */
    private List<Made> makeEach(List<Task> run, VideoSpec spec, RenderClaim claim, long loading) {
        List<Made> made = new ArrayList<>(run.size());
        RenderPipeline.Job opened = null;
        for (Task task : run) {
            Tracing.Span span = tracing.start("render task", task.traceContext())
                    .tag(Tracing.VIDEO_ID, task.id().toString())
                    .tag("videogen.artefact", task.artefact())
                    .tag("videogen.home", task.home());
            try {
                RenderPipeline.Job job;
                if (opened == null) {
                    job = opened = jobs.forTask(task.id(), spec, span);
                    jobs.observer().fanOutStep(FanOutStep.LOAD, Duration.ofNanos(System.nanoTime() - loading));
                } else {
                    job = jobs.nextTask(opened, span);
                }
                made.add(shared(new Ran(job, result(pipeline.runTask(job, task.artefact(), task.brief(),
                        new Held(claim)))), task.artefact(), task.home(), span));
            } catch (Exception e) {
                span.fail(e);
                span.end();
                made.add(Made.broken(e));
            }
            if (made.get(made.size() - 1).made().outcome() == Outcome.ABANDONED) {
                break;
            }
        }
        return made;
    }

    /**
     * What was made, put in the store on a thread of its own, started now: the worker makes its next task
     * meanwhile. The home worker puts nothing: it assembles the video from its workspace, where the artefact
     * is (should the assembly go to another worker after all — the home one busy past its grace, stopping
     * or dead — that one finds the artefact in no store and encodes it, as a segment of a task that died).
     * The task's span ends with the put.
     */
    private Made shared(Ran ran, String artefact, boolean home, Tracing.Span span) {
        if (ran.made().outcome() != Outcome.COMPLETED || home) {
            ended(span, ran.made());
            return Made.unshared(ran.made());
        }
        CompletionStage<RenderResult> sharing = blocking.call(() -> result(pipeline.shareTask(ran.job(), artefact)))
                .invoke(shared -> ended(span, shared))
                .onFailure().invoke(failure -> {
                    span.fail(failure);
                    span.end();
                })
                .subscribeAsCompletionStage();
        return new Made(ran.made(), sharing);
    }

    private static void ended(Tracing.Span span, RenderResult result) {
        span.tag("videogen.outcome", result.outcome().name().toLowerCase(Locale.ROOT));
        span.end();
    }

    /** A task's make on its blocking thread: its render's job (for the put that shares it) and the outcome. */
    private record Ran(RenderPipeline.Job job, RenderResult made) {
    }

    private static RenderResult result(PipelineOutcome outcome) {
        if (outcome instanceof PipelineOutcome.Completed) {
            return RenderResult.of(Outcome.COMPLETED);
        }
        if (outcome instanceof PipelineOutcome.Failed failed) {
            return new RenderResult(failed.failure().retryable() ? Outcome.RETRYABLE_FAILURE : Outcome.FAILED,
                    Optional.of(failed.failure()));
        }
        return RenderResult.of(Outcome.ABANDONED);
    }

    @Override
    public Uni<Void> fetchAhead(VideoId id, List<String> artefacts) {
        return blocking.call(() -> {
            jobs.fetchAhead(id, artefacts);
            return null;
        }).replaceWithVoid();
    }

    /** The event {@code Video.reportProgress} would make, built from what the task's finish read (never saved). */
    @Override
    public Uni<Void> progressed(VideoId id, int compositionPercent, Progress stored) {
        int overall = RenderPipeline.overall(Stage.COMPOSITION, compositionPercent);
        return publisher.publish(new VideoEvent.ProgressMade(id, clock.now(),
                Progress.reported(stored, Stage.COMPOSITION, overall)));
    }

    /** A task's render: every stage before its own finished before, so it tells nothing but asks if it still holds the task. */
    private record Held(RenderClaim claim) implements PipelineListener {

        @Override
        public boolean stillOwned() {
            return claim.stillOwned();
        }

        @Override
        public boolean finishedBefore(Stage stage) {
            return true;
        }
    }
}
