package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;

/** Queues a failed or cancelled video again; unchanged scenes come from the cache. */
public interface RetryVideoUseCase {

    Uni<Video> retry(VideoId id, Caller caller);
}
