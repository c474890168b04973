package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoStatus;
import java.util.Optional;

public interface ListVideosUseCase {

    /** The caller's videos (all, for admins), newest first. */
    Uni<Page<Video>> list(Caller caller, Optional<VideoStatus> status, PageRequest page);
}
