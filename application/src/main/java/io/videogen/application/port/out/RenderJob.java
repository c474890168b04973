package io.videogen.application.port.out;

import io.videogen.domain.video.VideoId;
import java.time.Instant;
import java.util.Objects;

/**
 * A claimed render job. The fencing token grows with every claim, so writes from a worker whose
 * lease was taken over are recognised as stale and refused.
 */
public record RenderJob(VideoId videoId, long fencingToken, int attempt, String workerId, Instant leaseUntil,
                        String traceContext) {

    public RenderJob {
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
    }

    public RenderJob renewLease(Instant until) {
        return new RenderJob(videoId, fencingToken, attempt, workerId, until, traceContext);
    }
}
