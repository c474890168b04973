package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.RenderJob;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Remembers what was enqueued and withdrawn; claiming is the persistence adapter's business. */
public final class RecordingQueue implements RenderJobQueue {

    public final List<VideoId> enqueued = new ArrayList<>();
    public final List<VideoId> withdrawn = new ArrayList<>();

    @Override
    public Uni<Void> enqueue(VideoId videoId, String traceContext) {
        enqueued.add(videoId);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Optional<RenderJob>> claim(String workerId, Duration lease) {
        return Uni.createFrom().item(Optional.empty());
    }

    @Override
    public Uni<RenderJob> renewLease(RenderJob job, Duration lease) {
        return Uni.createFrom().item(job);
    }

    @Override
    public Uni<Void> complete(RenderJob job) {
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> fail(RenderJob job, VideoFailure failure) {
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> withdraw(VideoId videoId) {
        withdrawn.add(videoId);
        return Uni.createFrom().voidItem();
    }
}
