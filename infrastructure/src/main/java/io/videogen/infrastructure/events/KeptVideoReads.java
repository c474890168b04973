package io.videogen.infrastructure.events;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.VideoReadModel;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A video's single read answered from the {@link VideoReadCache} while the video has not changed
 * since it was read, else by the read model underneath (docs/adr/0054). A kept read is shown to the
 * callers who may see it only, as the statement's ownership condition would; a video not found is
 * never kept. The list is not kept: a page changes with every video created.
 */
@Decorator
@Priority(10)
class KeptVideoReads implements VideoReadModel {

    private final VideoReadModel reads;
    private final VideoRowChanges changes;

    @Inject
    KeptVideoReads(@Delegate VideoReadModel reads, VideoRowChanges changes) {
        this.reads = reads;
        this.changes = changes;
    }

    @Override
    public Uni<Optional<VideoRead>> findVisible(VideoId id, Caller caller) {
        Optional<VideoReadCache> cache = changes.cache();
        if (cache.isEmpty()) {
            return reads.findVisible(id, caller);
        }
        VideoReadCache kept = cache.get();
        Optional<VideoRead> hit = kept.find(id.value());
        if (hit.isPresent()) {
            return Uni.createFrom().item(hit.filter(read -> caller.sees(read.video().owner())));
        }
        VideoReadCache.Stamp stamp = kept.stamp(id.value());
        return reads.findVisible(id, caller)
                .invoke(found -> found.ifPresent(read -> kept.keep(id.value(), stamp, read)));
    }

    @Override
    public Uni<Page<VideoRead>> listVisible(Caller caller, Optional<VideoStatus> status, PageRequest page) {
        return reads.listVisible(caller, status, page);
    }
}
