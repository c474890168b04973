package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CancelVideoUseCase;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.CreateVideoUseCase;
import io.videogen.application.port.in.DeleteVideoUseCase;
import io.videogen.application.port.in.GetVideoUseCase;
import io.videogen.application.port.in.IdempotencyKeyReusedException;
import io.videogen.application.port.in.RequestInProgressException;
import io.videogen.application.port.out.IdempotencyKeyRepository;
import io.videogen.domain.user.UserId;
import io.videogen.application.port.in.ListVideosUseCase;
import io.videogen.application.port.in.RetryVideoUseCase;
import io.videogen.application.port.in.UpdateVideoCommand;
import io.videogen.application.port.in.UpdateVideoUseCase;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.shared.VersionMismatchException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lifecycle of a video as clients drive it. Every change is saved together with its effect on
 * the render queue in one transaction, and its events are published once that transaction committed.
 */
public final class VideoService implements CreateVideoUseCase, GetVideoUseCase, ListVideosUseCase,
        UpdateVideoUseCase, CancelVideoUseCase, RetryVideoUseCase, DeleteVideoUseCase {

    private final VideoRepository videos;
    private final RenderJobQueue queue;
    private final TransactionRunner transactions;
    private final ProgressPublisher publisher;
    private final MediaStore media;
    private final DraftResolver drafts;
    private final IdempotencyKeyRepository idempotencyKeys;
    private final Blocking blocking;
    private final Clock clock;
    private final VideoMetrics metrics;
    private final Tracing tracing;

    public VideoService(VideoRepository videos, RenderJobQueue queue, TransactionRunner transactions,
                        ProgressPublisher publisher, MediaStore media, DraftResolver drafts,
                        IdempotencyKeyRepository idempotencyKeys, Blocking blocking, Clock clock) {
        this(videos, queue, transactions, publisher, media, drafts, idempotencyKeys, blocking, clock,
                VideoMetrics.NONE, Tracing.NONE);
    }

    /** With metrics and tracing: the queued job carries the caller's trace context to the worker. */
    public VideoService(VideoRepository videos, RenderJobQueue queue, TransactionRunner transactions,
                        ProgressPublisher publisher, MediaStore media, DraftResolver drafts,
                        IdempotencyKeyRepository idempotencyKeys, Blocking blocking, Clock clock,
                        VideoMetrics metrics, Tracing tracing) {
        this.videos = videos;
        this.queue = queue;
        this.transactions = transactions;
        this.publisher = publisher;
        this.media = media;
        this.drafts = drafts;
        this.idempotencyKeys = idempotencyKeys;
        this.blocking = blocking;
        this.clock = clock;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    public static String mediaPrefix(VideoId id) {
        return "videos/" + id + "/";
    }

    @Override
    public Uni<Video> create(CreateVideoCommand command) {
        return create(command, tracing.currentContext(), video -> Uni.createFrom().voidItem());
    }

    @Override
    public Uni<Creation> createOnce(CreateVideoCommand command, IdempotencyKey key) {
        UserId caller = command.caller().userId();
        String trace = tracing.currentContext();
        return idempotencyKeys.claim(caller, key.value(), key.fingerprint()).chain(claim -> {
            switch (claim.state()) {
                case MISMATCH:
                    return Uni.createFrom().failure(new IdempotencyKeyReusedException(key.value()));
                case IN_PROGRESS:
                    return Uni.createFrom().failure(new RequestInProgressException(key.value()));
                case DONE:
                    return videos.findVisible(claim.video().orElseThrow(), command.caller())
                            .map(found -> new Creation(found.orElseThrow(() -> new ResourceNotFoundException("video",
                                    claim.video().get())), true, claim.response()));
                default:
                    return create(command, trace, video -> idempotencyKeys.bind(caller, key.value(), video.id()))
                            .map(video -> new Creation(video, false, Optional.empty()))
                            .onFailure().call(() -> idempotencyKeys.release(caller, key.value()));
            }
        });
    }

    @Override
    public Uni<Void> rememberResponse(UserId caller, IdempotencyKey key, String response) {
        return idempotencyKeys.storeResponse(caller, key.value(), response);
    }

    /**
     * Saves and enqueues the video with the caller's trace context, and runs {@code alsoInTransaction}
     * before the commit.
     */
    private Uni<Video> create(CreateVideoCommand command, String trace,
                              java.util.function.Function<Video, Uni<Void>> alsoInTransaction) {
        return drafts.resolve(command.caller(), command.draft()).chain(resolved -> {
            Video video = Video.draft(VideoId.random(), command.caller().userId(), resolved.title(), resolved.spec(),
                    clock.now());
            tracing.identify(video.id(), video.owner());
            VideoEvent queued = video.queue(clock.now());
            return transactions.inTransaction(() -> videos.add(video)
                            .chain(() -> queue.enqueue(video.id(), trace))
                            .chain(() -> alsoInTransaction.apply(video))
                            .replaceWith(video))
                    .invoke(metrics::videoSubmitted)
                    .call(() -> publisher.publish(queued));
        });
    }

    @Override
    public Uni<Video> get(VideoId id, Caller caller) {
        return videos.findVisible(id, caller).map(found -> found.orElseThrow(() -> notFound(id)));
    }

    @Override
    public Uni<Page<Video>> list(Caller caller, Optional<VideoStatus> status, PageRequest page) {
        return videos.listVisible(caller, status, page);
    }

    @Override
    public Uni<Updated> update(UpdateVideoCommand command) {
        String trace = tracing.currentContext();
        Uni<Optional<DraftResolver.Resolved>> resolution = command.newDraft()
                .map(draft -> drafts.resolve(command.caller(), draft).map(Optional::of))
                .orElse(Uni.createFrom().item(Optional.empty()));
        return resolution.chain(resolved -> transactions.inTransaction(() -> load(command.videoId(), command.caller())
                .chain(video -> {
                    if (video.version() != command.expectedVersion()) {
                        throw new VersionMismatchException("video", video.id(), command.expectedVersion(),
                                video.version());
                    }
                    List<VideoEvent> events = new ArrayList<>();
                    if (command.title() != null) {
                        events.add(video.rename(command.title(), clock.now()));
                    }
                    boolean requeued = false;
                    if (resolved.isPresent()) {
                        Optional<VideoEvent.VideoQueued> queued = video.revise(resolved.get().spec(),
                                clock.now());
                        queued.ifPresent(events::add);
                        requeued = queued.isPresent() || video.status() == VideoStatus.QUEUED;
                    }
                    boolean rerendering = requeued;
                    Uni<Video> saved = videos.save(video);
                    if (rerendering) {
                        saved = saved.call(() -> queue.enqueue(video.id(), trace));
                    }
                    return saved.map(stored -> new Outcome(new Updated(stored, rerendering), events));
                }))
                .call(outcome -> publishAll(outcome.events()))
                .map(Outcome::updated));
    }

    @Override
    public Uni<Video> cancel(VideoId id, Caller caller) {
        tracing.identify(id, caller.userId());
        return winningRaces(() -> transactions.inTransaction(() -> load(id, caller).chain(video -> {
                    VideoEvent cancelled = video.cancel(clock.now());
                    return videos.save(video).call(() -> queue.withdraw(id))
                            .map(stored -> new Changed(stored, cancelled));
                })))
                .invoke(() -> metrics.videoFinished(VideoStatus.CANCELLED))
                .call(changed -> publisher.publish(changed.event()))
                .map(Changed::video);
    }

    @Override
    public Uni<Video> retry(VideoId id, Caller caller) {
        String trace = tracing.currentContext();
        tracing.identify(id, caller.userId());
        return winningRaces(() -> transactions.inTransaction(() -> load(id, caller).chain(video -> {
                    VideoEvent queued = video.retry(clock.now());
                    return videos.save(video).call(() -> queue.enqueue(id, trace))
                            .map(stored -> new Changed(stored, queued));
                })))
                .call(changed -> publisher.publish(changed.event()))
                .map(Changed::video);
    }

    @Override
    public Uni<Void> delete(VideoId id, Caller caller) {
        return winningRaces(() -> transactions.inTransaction(() -> load(id, caller).chain(video -> {
                    if (video.status().isFinal()) {
                        return queue.withdraw(id).chain(() -> videos.removeVisible(id, caller))
                                .replaceWith(Optional.<VideoEvent>empty());
                    }
                    // A running render is cancelled first, and saved so: that is what sends its
                    // video.cancelled webhook, whose delivery outlives the video's row.
                    VideoEvent cancelled = video.cancel(clock.now());
                    return videos.save(video).chain(() -> queue.withdraw(id))
                            .chain(() -> videos.removeVisible(id, caller))
                            .replaceWith(Optional.of(cancelled));
                })))
                .invoke(cancelled -> cancelled.ifPresent(event -> metrics.videoFinished(VideoStatus.CANCELLED)))
                .call(cancelled -> cancelled.map(publisher::publish).orElse(Uni.createFrom().voidItem()))
                .call(() -> blocking.run(() -> media.deleteAll(mediaPrefix(id))))
                .replaceWithVoid();
    }

    /**
     * Runs a read-change-save transaction again when a concurrent write (a worker's progress, most
     * often) changed the video between its read and its save: the caller asked for a state change,
     * not for a particular version, so losing that race is no reason to refuse it.
     */
    private static <T> Uni<T> winningRaces(java.util.function.Supplier<Uni<T>> transaction) {
        return Uni.createFrom().<T>deferred(transaction::get).onFailure(StaleVersionException.class).retry().atMost(3);
    }

    private Uni<Video> load(VideoId id, Caller caller) {
        return videos.findVisible(id, caller).map(found -> found.orElseThrow(() -> notFound(id)));
    }

    private Uni<Void> publishAll(List<VideoEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (VideoEvent event : events) {
            chain = chain.call(() -> publisher.publish(event));
        }
        return chain;
    }

    private static ResourceNotFoundException notFound(VideoId id) {
        return new ResourceNotFoundException("video", id);
    }

    private record Outcome(Updated updated, List<VideoEvent> events) {
    }

    private record Changed(Video video, VideoEvent event) {
    }
}
