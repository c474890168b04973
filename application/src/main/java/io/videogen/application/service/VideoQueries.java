package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.GetVideoUseCase;
import io.videogen.application.port.in.ListVideosUseCase;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import java.util.Optional;

/** Videos as their callers may see them: one, or a page. The one owner of "not yours is not found". */
public final class VideoQueries implements GetVideoUseCase, ListVideosUseCase {

    private final VideoRepository videos;

    public VideoQueries(VideoRepository videos) {
        this.videos = videos;
    }

    @Override
    public Uni<Video> get(VideoId id, Caller caller) {
        return videos.findVisible(id, caller).map(found -> found.orElseThrow(() -> new ResourceNotFoundException(
                "video", id)));
    }

    @Override
    public Uni<Page<Video>> list(Caller caller, Optional<VideoStatus> status, PageRequest page) {
        return videos.listVisible(caller, status, page);
    }
}
