package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.UpdateVideoCommand;
import io.videogen.application.port.in.UpdateVideoUseCase;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.domain.shared.VersionMismatchException;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renames a video or revises its spec, at the version the caller last saw. A revised spec renders
 * again: the video is queued once more in the same transaction.
 */
public final class ReviseVideoService implements UpdateVideoUseCase {

    private final VideoChanges changes;
    private final VideoQueries queries;
    private final RenderJobQueue queue;
    private final TransactionRunner transactions;
    private final DraftResolver drafts;
    private final Clock clock;
    private final Tracing tracing;

    public ReviseVideoService(VideoChanges changes, VideoQueries queries, RenderJobQueue queue,
                              TransactionRunner transactions, DraftResolver drafts, Clock clock, Tracing tracing) {
        this.changes = changes;
        this.queries = queries;
        this.queue = queue;
        this.transactions = transactions;
        this.drafts = drafts;
        this.clock = clock;
        this.tracing = tracing;
    }

    @Override
    public Uni<Updated> update(UpdateVideoCommand command) {
        String trace = tracing.currentContext();
        Uni<Optional<DraftResolver.Resolved>> resolution = command.newDraft()
                .map(draft -> drafts.resolve(command.caller(), draft).map(Optional::of))
                .orElse(Uni.createFrom().item(Optional.empty()));
        return resolution.chain(resolved -> transactions.inTransaction(() -> queries.get(command.videoId(),
                        command.caller())
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
                    Uni<Video> saved = changes.save(video, events);
                    if (rerendering) {
                        saved = saved.call(() -> queue.enqueue(video.id(), trace));
                    }
                    return saved.map(stored -> new Outcome(new Updated(stored, rerendering), events));
                }))
                .call(outcome -> changes.publish(outcome.events()))
                .map(Outcome::updated));
    }

    private record Outcome(Updated updated, List<VideoEvent> events) {
    }
}
