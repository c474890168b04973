package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.video.Video;

/** Accepts a video for rendering: it is saved and queued in one transaction. */
public interface CreateVideoUseCase {

    Uni<Video> create(CreateVideoCommand command);
}
