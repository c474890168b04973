package io.videogen.infrastructure.events;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

/**
 * Tells the {@link VideoReadCache} that this process is about to change a video, when the write
 * starts (docs/adr/0054): its commit is heard later, by PostgreSQL's notification, and a read kept
 * in between would show the video as it was to the client that changed it. A new video needs no
 * word: nothing kept it, and a video not found is never kept.
 */
@Decorator
@Priority(10)
abstract class VideoWritesHeard implements VideoRepository {

    private final VideoRepository videos;
    private final VideoRowChanges changes;

    @Inject
    VideoWritesHeard(@Delegate VideoRepository videos, VideoRowChanges changes) {
        this.videos = videos;
        this.changes = changes;
    }

    @Override
    public Uni<Video> save(Video video) {
        return Uni.createFrom().deferred(() -> {
            changes.changing(video.id().value());
            return videos.save(video);
        });
    }

    @Override
    public Uni<Boolean> removeVisible(VideoId id, Caller caller) {
        return Uni.createFrom().deferred(() -> {
            changes.changing(id.value());
            return videos.removeVisible(id, caller);
        });
    }
}
