package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import java.util.Optional;

/**
 * Makes one task of a fanned-out render (ADR 0024) — a segment or the soundtrack of a video — for a
 * worker that holds the task, and shares it through the media store for the worker that assembles.
 */
public interface RenderTaskUseCase {

    /**
     * @param rendering    the video's spec, as the claim found the video rendering; empty when it no longer was
     * @param artefact     the content-addressed name of what to make, as the video's render handed it out
     * @param brief        what it is made from, as the render serialized it into the task's row
     * @param traceContext the span of the render that handed it out: the task's span joins its trace
     * @param claim        the worker's hold on the task, asked every few frames
     * @return completed, failed (for good, or retryable), or abandoned when the task was lost
     */
    Uni<RenderResult> make(VideoId id, Optional<VideoSpec> rendering, String artefact, byte[] brief,
                           String traceContext,
                           RenderClaim claim);

    /**
     * Tells the video's watchers how far its composition is, over every worker's tasks.
     *
     * @param stored the video's progress as the task's finish read it, while its composition ran
     */
    Uni<Void> progressed(VideoId id, int compositionPercent, Progress stored);
}
