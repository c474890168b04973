package io.videogen.domain.video;

import io.videogen.domain.shared.IllegalTransitionException;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.VideoEvent.ProgressMade;
import io.videogen.domain.video.VideoEvent.StageFinished;
import io.videogen.domain.video.VideoEvent.StageStarted;
import io.videogen.domain.video.VideoEvent.VideoCancelled;
import io.videogen.domain.video.VideoEvent.VideoCompleted;
import io.videogen.domain.video.VideoEvent.VideoFailed;
import io.videogen.domain.video.VideoEvent.VideoQueued;
import io.videogen.domain.video.VideoEvent.VideoRenamed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A video and its lifecycle: draft → queued → processing (script, voice, avatar, visuals,
 * composition, render) → completed | failed | cancelled; a failed or cancelled video may be retried.
 * Every transition returns the event it caused; an illegal one is refused with a reason.
 */
public final class Video implements AggregateRoot<Video, VideoId> {

    private final VideoId id;
    private final UserId owner;
    private final Instant createdAt;
    private VideoTitle title;
    private VideoSpec spec;
    private VideoStatus status;
    private List<StageRun> stages;
    private Progress progress;
    private VideoFailure failure;
    private Long durationMs;
    private int attempt;
    private Instant updatedAt;
    private final long version;

    /** The full state of a video, for storing and loading it. */
    public record Snapshot(VideoId id, UserId owner, VideoTitle title, VideoSpec spec, VideoStatus status,
                           List<StageRun> stages, Progress progress, VideoFailure failure, Long durationMs,
                           int attempt, Instant createdAt, Instant updatedAt, long version) {
    }

    private Video(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.owner = Objects.requireNonNull(s.owner(), "owner");
        this.title = Objects.requireNonNull(s.title(), "title");
        this.spec = Objects.requireNonNull(s.spec(), "spec");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.stages = List.copyOf(s.stages());
        this.progress = s.progress();
        this.failure = s.failure();
        this.durationMs = s.durationMs();
        this.attempt = s.attempt();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        this.version = s.version();
    }

    public static Video draft(VideoId id, UserId owner, VideoTitle title, VideoSpec spec, Instant now) {
        return new Video(new Snapshot(id, owner, title, spec, VideoStatus.DRAFT, freshStages(), null, null, null,
                0, now, now, 0));
    }

    public static Video restore(Snapshot snapshot) {
        return new Video(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, owner, title, spec, status, stages, progress, failure, durationMs, attempt, createdAt,
                updatedAt, version);
    }

    public VideoQueued queue(Instant now) {
        requireStatus("queue", VideoStatus.DRAFT);
        status = VideoStatus.QUEUED;
        attempt = 1;
        updatedAt = now;
        return new VideoQueued(id, now, attempt);
    }

    /**
     * Starts a stage. Stages run in order; a stage left running by a crashed worker may be started
     * again, since every stage is idempotent.
     */
    public StageStarted startStage(Stage stage, Instant now) {
        requireStatus("start stage " + stage.label(), VideoStatus.QUEUED, VideoStatus.PROCESSING);
        Stage next = nextStage().orElseThrow(() ->
                new IllegalTransitionException("every stage of video " + id + " has finished; complete it instead"));
        if (stage != next) {
            throw new IllegalTransitionException("cannot start stage " + stage.label() + " of video " + id
                    + ": stage " + next.label() + " comes next");
        }
        status = VideoStatus.PROCESSING;
        replaceStage(stageRun(stage).start(now));
        progress = new Progress(stage, progress == null ? 0 : progress.percent());
        updatedAt = now;
        return new StageStarted(id, now, stage);
    }

    public ProgressMade reportProgress(Stage stage, int percent, Instant now) {
        requireRunning(stage, "report progress of");
        progress = Progress.reported(progress, stage, percent);
        updatedAt = now;
        return new ProgressMade(id, now, progress);
    }

    public StageFinished finishStage(Stage stage, Instant now) {
        requireRunning(stage, "finish");
        replaceStage(stageRun(stage).finish(now));
        updatedAt = now;
        return new StageFinished(id, now, stage);
    }

    public VideoCompleted complete(long renderedDurationMs, Instant now) {
        requireStatus("complete", VideoStatus.PROCESSING);
        nextStage().ifPresent(stage -> {
            throw new IllegalTransitionException("cannot complete video " + id + ": stage " + stage.label()
                    + " has not finished");
        });
        if (renderedDurationMs <= 0) {
            throw new IllegalArgumentException("a completed video has a positive duration");
        }
        status = VideoStatus.COMPLETED;
        durationMs = renderedDurationMs;
        progress = new Progress(Stage.RENDER, 100);
        updatedAt = now;
        return new VideoCompleted(id, now, renderedDurationMs);
    }

    public VideoFailed fail(VideoFailure why, Instant now) {
        requireStatus("fail", VideoStatus.QUEUED, VideoStatus.PROCESSING);
        Objects.requireNonNull(why, "failure");
        StageRun run = stageRun(why.stage());
        if (run.status() != StageRun.Status.COMPLETED) {
            replaceStage(run.fail(now));
        }
        status = VideoStatus.FAILED;
        failure = why;
        updatedAt = now;
        return new VideoFailed(id, now, why);
    }

    public VideoCancelled cancel(Instant now) {
        if (status.isFinal()) {
            throw new IllegalTransitionException("video " + id + " is already " + status.label()
                    + "; only a video that has not finished can be cancelled");
        }
        VideoStatus was = status;
        status = VideoStatus.CANCELLED;
        updatedAt = now;
        return new VideoCancelled(id, now, was);
    }

    public VideoQueued retry(Instant now) {
        if (status != VideoStatus.FAILED && status != VideoStatus.CANCELLED) {
            throw new IllegalTransitionException("video " + id + " is " + status.label()
                    + "; only a failed or cancelled video can be retried");
        }
        return requeue(now);
    }

    public VideoRenamed rename(VideoTitle newTitle, Instant now) {
        title = Objects.requireNonNull(newTitle, "title");
        updatedAt = now;
        return new VideoRenamed(id, now, newTitle);
    }

    /**
     * Replaces what the video shows. A finished video renders again (unchanged scenes come from
     * the cache); a queued one simply renders the new version; a rendering one must be cancelled first.
     */
    public Optional<VideoQueued> revise(VideoSpec newSpec, Instant now) {
        Objects.requireNonNull(newSpec, "spec");
        if (status == VideoStatus.PROCESSING) {
            throw new IllegalTransitionException("video " + id
                    + " is rendering; cancel it or wait until it finishes before changing its script or settings");
        }
        spec = newSpec;
        updatedAt = now;
        if (status == VideoStatus.QUEUED) {
            return Optional.empty();
        }
        return Optional.of(requeue(now));
    }

    private VideoQueued requeue(Instant now) {
        status = VideoStatus.QUEUED;
        stages = freshStages();
        progress = null;
        failure = null;
        durationMs = null;
        attempt++;
        updatedAt = now;
        return new VideoQueued(id, now, attempt);
    }

    public Optional<Stage> nextStage() {
        return stages.stream().filter(run -> run.status() != StageRun.Status.COMPLETED).map(StageRun::stage).findFirst();
    }

    public StageRun stageRun(Stage stage) {
        return stages.get(stage.ordinal());
    }

    private void requireRunning(Stage stage, String action) {
        requireStatus(action + " stage " + stage.label(), VideoStatus.PROCESSING);
        if (stageRun(stage).status() != StageRun.Status.RUNNING) {
            throw new IllegalTransitionException("cannot " + action + " stage " + stage.label() + " of video " + id
                    + ": it is " + stageRun(stage).status().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private void requireStatus(String action, VideoStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new IllegalTransitionException("cannot " + action + " video " + id + " while it is " + status.label());
        }
    }

    private void replaceStage(StageRun run) {
        List<StageRun> copy = new ArrayList<>(stages);
        copy.set(run.stage().ordinal(), run);
        stages = List.copyOf(copy);
    }

    private static List<StageRun> freshStages() {
        return Arrays.stream(Stage.values()).map(StageRun::pending).toList();
    }

    @Override
    public VideoId getId() {
        return id;
    }

    public VideoId id() {
        return id;
    }

    public UserId owner() {
        return owner;
    }

    public VideoTitle title() {
        return title;
    }

    public VideoSpec spec() {
        return spec;
    }

    public VideoStatus status() {
        return status;
    }

    public List<StageRun> stages() {
        return stages;
    }

    public Optional<Progress> progress() {
        return Optional.ofNullable(progress);
    }

    public Optional<VideoFailure> failure() {
        return Optional.ofNullable(failure);
    }

    public Optional<Long> durationMs() {
        return Optional.ofNullable(durationMs);
    }

    public int attempt() {
        return attempt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The stored version this state was loaded at; the repository refuses a save over a newer one. */
    public long version() {
        return version;
    }
}
