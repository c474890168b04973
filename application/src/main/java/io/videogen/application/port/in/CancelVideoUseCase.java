package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import java.util.List;

/** Stops a queued or running render; the worker notices within seconds. */
public interface CancelVideoUseCase {

    Uni<Video> cancel(VideoId id, Caller caller);

    /**
     * Cancels every video of the list that has not finished, a few dozen to a transaction rather
     * than one each (a batch's 500 videos in seconds, not tens of seconds); those already ended or
     * gone are left as they are. Emits how many were cancelled.
     */
    Uni<Integer> cancelAll(List<VideoId> ids, Caller caller);
}
