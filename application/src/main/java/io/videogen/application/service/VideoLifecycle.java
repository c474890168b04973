package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CancelVideoUseCase;
import io.videogen.application.port.in.DeleteVideoUseCase;
import io.videogen.application.port.in.RetryVideoUseCase;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import java.util.List;
import java.util.function.Supplier;

/**
 * Stops, restarts and removes videos: cancel, retry and delete. Each change is saved with its
 * effect on the render queue in one transaction, and its events published once that committed.
 */
public final class VideoLifecycle implements CancelVideoUseCase, RetryVideoUseCase, DeleteVideoUseCase {

    private final VideoChanges changes;
    private final VideoQueries queries;
    private final VideoRepository videos;
    private final RenderJobQueue queue;
    private final TransactionRunner transactions;
    private final MediaStore media;
    private final Blocking blocking;
    private final Clock clock;
    private final VideoMetrics metrics;
    private final Tracing tracing;

    public VideoLifecycle(VideoChanges changes, VideoQueries queries, VideoRepository videos, RenderJobQueue queue,
                          TransactionRunner transactions, MediaStore media, Blocking blocking, Clock clock,
                          VideoMetrics metrics, Tracing tracing) {
        this.changes = changes;
        this.queries = queries;
        this.videos = videos;
        this.queue = queue;
        this.transactions = transactions;
        this.media = media;
        this.blocking = blocking;
        this.clock = clock;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    @Override
    public Uni<Video> cancel(VideoId id, Caller caller) {
        tracing.identify(id, caller.userId());
        return winningRaces(() -> transactions.inTransaction(() -> queries.get(id, caller).chain(video -> {
                    List<VideoEvent> events = List.of(video.cancel(clock.now()));
                    return changes.save(video, events).call(() -> queue.withdraw(id))
                            .map(stored -> new Changed(stored, events));
                })))
                .invoke(() -> metrics.videoFinished(VideoStatus.CANCELLED))
                .call(changed -> changes.publish(changed.events()))
                .map(Changed::video);
    }

    @Override
    public Uni<Video> retry(VideoId id, Caller caller) {
        String trace = tracing.currentContext();
        tracing.identify(id, caller.userId());
        return winningRaces(() -> transactions.inTransaction(() -> queries.get(id, caller).chain(video -> {
                    List<VideoEvent> events = List.of(video.retry(clock.now()));
                    return changes.save(video, events).call(() -> queue.enqueue(id, trace))
                            .map(stored -> new Changed(stored, events));
                })))
                .call(changed -> changes.publish(changed.events()))
                .map(Changed::video);
    }

    @Override
    public Uni<Void> delete(VideoId id, Caller caller) {
        return winningRaces(() -> transactions.inTransaction(() -> queries.get(id, caller).chain(video -> {
                    if (video.status().isFinal()) {
                        return queue.withdraw(id).chain(() -> videos.removeVisible(id, caller))
                                .replaceWith(List.<VideoEvent>of());
                    }
                    // A running render is cancelled first: its video.cancelled webhook is scheduled
                    // with the change, and its delivery outlives the video's row.
                    List<VideoEvent> events = List.of(video.cancel(clock.now()));
                    return changes.save(video, events).chain(() -> queue.withdraw(id))
                            .chain(() -> videos.removeVisible(id, caller))
                            .replaceWith(events);
                })))
                .invoke(events -> {
                    if (!events.isEmpty()) {
                        metrics.videoFinished(VideoStatus.CANCELLED);
                    }
                })
                .call(changes::publish)
                .call(() -> blocking.run(() -> media.deleteAll(MediaStore.videoPrefix(id))))
                .replaceWithVoid();
    }

    /**
     * Runs a read-change-save transaction again when a concurrent write (a worker's progress, most
     * often) changed the video between its read and its save: the caller asked for a state change,
     * not for a particular version, so losing that race is no reason to refuse it.
     */
    private static <T> Uni<T> winningRaces(Supplier<Uni<T>> transaction) {
        return Uni.createFrom().<T>deferred(transaction::get).onFailure(StaleVersionException.class).retry().atMost(3);
    }

    private record Changed(Video video, List<VideoEvent> events) {
    }
}
