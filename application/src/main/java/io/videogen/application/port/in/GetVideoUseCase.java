package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;

public interface GetVideoUseCase {

    /** The video, or a ResourceNotFoundException when the caller may not see it. */
    Uni<Video> get(VideoId id, Caller caller);
}
