package io.videogen.application.port.out;

import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A claimed child task of a video's render. Held like a job: by lease, renewed by heartbeat, and
 * fenced by a token that grows with every claim, so a worker that lost it cannot complete it.
 *
 * @param traceContext the context of the span that fanned it out, so the task's span joins the render's trace
 * @param rendering    the video's spec, read by the claim's own statement while the video was rendering;
 *                     empty when it no longer was (cancelled, failed, deleted): the task then has nothing to make
 * @param brief        what the task is made from, as its render serialized it when it queued the task (its row
 *                     carries it; ADR 0024, "Tasks carry their inputs"); null for a task queued without one
 * @param home         whether the claimer is the worker that fanned the video out, as the claim's statement found
 *                     the video's waiting job: the one that assembles it (within the home worker's grace), so what
 *                     it makes can stay in its workspace, unshared (ADR 0024, "Home worker")
 */
public record RenderTask(VideoId videoId, String artefact, long fencingToken, int attempt, String workerId,
                         Instant leaseUntil, String traceContext, Optional<VideoSpec> rendering, byte[] brief,
                         boolean home) {

    public RenderTask {
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(artefact, "artefact");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        Objects.requireNonNull(rendering, "rendering");
    }

    public RenderTask renewLease(Instant until) {
        return new RenderTask(videoId, artefact, fencingToken, attempt, workerId, until, traceContext, rendering,
                brief, home);
    }
}
