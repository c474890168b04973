package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.CreateVideoUseCase;
import io.videogen.application.port.in.IdempotencyKeyReusedException;
import io.videogen.application.port.in.RequestInProgressException;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.IdempotencyKeyRepository;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Creates a video from a draft and queues its render, once per idempotency key: the video, its
 * job and the key's binding commit together, and the queued event is published after the commit.
 */
public final class CreateVideoService implements CreateVideoUseCase {

    private final VideoChanges changes;
    private final VideoQueries queries;
    private final RenderJobQueue queue;
    private final TransactionRunner transactions;
    private final DraftResolver drafts;
    private final IdempotencyKeyRepository idempotencyKeys;
    private final Clock clock;
    private final VideoMetrics metrics;
    private final Tracing tracing;

    /** The queued job carries the caller's trace context to the worker. */
    public CreateVideoService(VideoChanges changes, VideoQueries queries, RenderJobQueue queue,
                              TransactionRunner transactions, DraftResolver drafts,
                              IdempotencyKeyRepository idempotencyKeys, Clock clock, VideoMetrics metrics,
                              Tracing tracing) {
        this.changes = changes;
        this.queries = queries;
        this.queue = queue;
        this.transactions = transactions;
        this.drafts = drafts;
        this.idempotencyKeys = idempotencyKeys;
        this.clock = clock;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    @Override
    public Uni<Video> create(CreateVideoCommand command) {
        return create(command.caller(), drafts.resolve(command.caller(), command.draft()), tracing.currentContext(),
                video -> Uni.createFrom().voidItem());
    }

    @Override
    public Uni<Creation> createOnce(CreateVideoCommand command, IdempotencyKey key) {
        return createOnce(command.caller(), drafts.resolve(command.caller(), command.draft()), key);
    }

    /**
     * Creates a video whose title and spec another use case made (a translation of a video), queued
     * like any other; once per key when {@code key} is not null.
     */
    public Uni<Creation> createOnce(Caller creator, Uni<DraftResolver.Resolved> resolved, IdempotencyKey key) {
        if (key == null) {
            return create(creator, resolved, tracing.currentContext(), video -> Uni.createFrom().voidItem())
                    .map(video -> new Creation(video, false, Optional.empty()));
        }
        UserId caller = creator.userId();
        String trace = tracing.currentContext();
        return idempotencyKeys.claim(caller, key.value(), key.fingerprint()).chain(claim -> {
            switch (claim.state()) {
                case MISMATCH:
                    return Uni.createFrom().failure(new IdempotencyKeyReusedException(key.value()));
                case IN_PROGRESS:
                    return Uni.createFrom().failure(new RequestInProgressException(key.value()));
                case DONE:
                    return queries.get(claim.video().orElseThrow(), creator)
                            .map(found -> new Creation(found, true, claim.response()));
                default:
                    return create(creator, resolved, trace, video -> idempotencyKeys.bind(caller, key.value(), video.id()))
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
    private Uni<Video> create(Caller creator, Uni<DraftResolver.Resolved> draft, String trace,
                              Function<Video, Uni<Void>> alsoInTransaction) {
        return draft.chain(resolved -> {
            Video video = Video.draft(VideoId.random(), creator.userId(), resolved.title(), resolved.spec(),
                    clock.now());
            tracing.identify(video.id(), video.owner());
            List<VideoEvent> events = List.of(video.queue(clock.now()));
            return transactions.inTransaction(() -> changes.add(video, events)
                            .chain(() -> queue.enqueue(video.id(), trace))
                            .chain(() -> alsoInTransaction.apply(video))
                            .replaceWith(video))
                    .invoke(metrics::videoSubmitted)
                    .call(() -> changes.publish(events));
        });
    }
}
