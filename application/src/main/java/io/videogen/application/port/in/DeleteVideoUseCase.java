package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.VideoId;

/** Removes a video, cancelling its render and deleting its files. */
public interface DeleteVideoUseCase {

    Uni<Void> delete(VideoId id, Caller caller);
}
