package io.videogen.application.port.in;

import io.smallrye.mutiny.Multi;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;

/** Follows one video's render live. */
public interface WatchVideoUseCase {

    /**
     * The video's current state as its first event (queued, progress, or the final event), then every
     * event as it happens, from whichever process renders it; the stream ends after the final event.
     * Fails with a ResourceNotFoundException when the caller may not see the video.
     */
    Multi<VideoEvent> watch(VideoId id, Caller caller);
}
