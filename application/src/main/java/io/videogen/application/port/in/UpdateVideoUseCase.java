package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.video.Video;

public interface UpdateVideoUseCase {

    /** The changed video, and whether it was queued to render again. */
    Uni<Updated> update(UpdateVideoCommand command);

    record Updated(Video video, boolean rerendering) {
    }
}
