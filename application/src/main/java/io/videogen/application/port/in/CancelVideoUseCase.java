package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;

/** Stops a queued or running render; the worker notices within seconds. */
public interface CancelVideoUseCase {

    Uni<Video> cancel(VideoId id, Caller caller);
}
