package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.video.VideoId;
import java.util.function.BooleanSupplier;

/** Renders one queued video through every stage, for a worker that holds its job. */
public interface RenderVideoUseCase {

    /**
     * @param stillOwned asked between steps; false once the worker lost its job (cancelled, or its
     *                   lease taken over), so the render stops without writing anything more
     */
    Uni<RenderOutcome> render(VideoId id, BooleanSupplier stillOwned);

    enum RenderOutcome { COMPLETED, FAILED, RETRYABLE_FAILURE, ABANDONED }
}
