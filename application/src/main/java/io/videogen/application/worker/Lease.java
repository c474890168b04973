package io.videogen.application.worker;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.RenderJob;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.RenderTask;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.domain.video.VideoId;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a {@link JobHold} keeps on the queue: a video's render job, or a run of its tasks (ADR 0024).
 * Both are held the same way — a lease renewed by heartbeat, writes fenced by the claim's token.
 */
interface Lease {

    VideoId videoId();

    /** Renews for another lease; fails with the queue's stale-version error once the claim is lost. */
    Uni<Void> renew(Duration lease);

    /** Whether a retryable failure of this attempt would be tried again. */
    boolean attemptsLeft();

    /** Inside the caller's transaction: the claim still holds (see {@link RenderJobQueue#confirmHeld}). */
    Uni<Void> confirmHeld();

    /** Gives the claim back at once, due for another worker (a stopping process out of time). */
    Uni<Void> release();

    /** For the log: "video 1234" or "task segment-ab12.mp4 of video 1234". */
    String describe();

    static Lease of(RenderJob claimed, RenderJobQueue queue) {
        return new Lease() {
            private volatile RenderJob job = claimed;

            @Override
            public VideoId videoId() {
                return job.videoId();
            }

            @Override
            public Uni<Void> renew(Duration lease) {
                return queue.renewLease(job, lease).invoke(renewed -> job = renewed).replaceWithVoid();
            }

            @Override
            public boolean attemptsLeft() {
                return queue.hasAttemptsLeft(job);
            }

            @Override
            public Uni<Void> confirmHeld() {
                return queue.confirmHeld(job);
            }

            @Override
            public Uni<Void> release() {
                return queue.release(job);
            }

            @Override
            public String describe() {
                return "video " + job.videoId();
            }
        };
    }

    /** A run of one video's tasks, claimed at once (ADR 0024, "Round trips per task"): held, renewed and released together. */
    static Lease of(List<RenderTask> claimed, RenderTaskQueue queue) {
        return new Lease() {
            private volatile List<RenderTask> run = claimed;

            @Override
            public VideoId videoId() {
                return run.get(0).videoId();
            }

            @Override
            public Uni<Void> renew(Duration lease) {
                return queue.renewLease(run, lease).invoke(renewed -> run = renewed).replaceWithVoid();
            }

            /** Whether a retryable failure would be tried again: for every task of the run. */
            @Override
            public boolean attemptsLeft() {
                return run.stream().allMatch(queue::hasAttemptsLeft);
            }

            @Override
            public Uni<Void> confirmHeld() {
                return queue.confirmHeld(run);
            }

            @Override
            public Uni<Void> release() {
                return queue.release(run);
            }

            @Override
            public String describe() {
                return (run.size() == 1 ? "task " : "tasks ")
                        + run.stream().map(RenderTask::artefact).collect(Collectors.joining(", "))
                        + " of video " + videoId();
            }
        };
    }
}
