package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import java.util.Optional;

/** Stores videos. Ownership is part of every caller-facing query, never checked after loading. */
public interface VideoRepository {

    Uni<Void> add(Video video);

    /** Saves a changed video; fails with {@link StaleVersionException} when someone saved a newer version. */
    Uni<Video> save(Video video);

    Uni<Optional<Video>> findVisible(VideoId id, Caller caller);

    /** For workers: loads a video whatever its owner. */
    Uni<Optional<Video>> findById(VideoId id);

    Uni<Page<Video>> listVisible(Caller caller, Optional<VideoStatus> status, PageRequest page);

    Uni<Boolean> removeVisible(VideoId id, Caller caller);
}
