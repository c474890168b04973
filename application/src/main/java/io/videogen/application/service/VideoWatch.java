package io.videogen.application.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;
import io.videogen.application.port.in.WatchVideoUseCase;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import java.time.Instant;

/**
 * A video's events as they happen, starting with its current state told as the event that led to
 * it, and ending with its final event (completed, failed, cancelled).
 */
public final class VideoWatch implements WatchVideoUseCase {

    private final VideoRepository videos;
    private final ProgressPublisher publisher;

    public VideoWatch(VideoRepository videos, ProgressPublisher publisher) {
        this.videos = videos;
        this.publisher = publisher;
    }

    @Override
    public Multi<VideoEvent> watch(VideoId id, Caller caller) {
        return Multi.createFrom().deferred(() -> {
            // Listen first, then read the state: an event in between waits in the processor and
            // follows the state, never lost; one older than the state is left out.
            UnicastProcessor<VideoEvent> live = UnicastProcessor.create();
            Cancellable listening = publisher.subscribe(id).subscribe().with(live::onNext, live::onError);
            return videos.findVisible(id, caller)
                    .map(found -> found.orElseThrow(() -> new ResourceNotFoundException("video", id)))
                    .map(VideoWatch::currentState)
                    .onItem().transformToMulti(current -> Multi.createBy().concatenating().streams(
                            Multi.createFrom().item(current),
                            live.select().where(event -> !event.occurredAt().isBefore(current.occurredAt()))))
                    // each event, then the end of the stream right after a final one
                    .onItem().transformToMultiAndConcatenate(event -> isFinal(event)
                            ? Multi.createFrom().items(event, END) : Multi.createFrom().item(event))
                    .select().first(event -> event != END)
                    .onTermination().invoke(listening::cancel);
        });
    }

    /** Marks the end of the stream; never emitted. */
    private static final VideoEvent END = new VideoEvent.VideoQueued(new VideoId(new java.util.UUID(0, 0)),
            Instant.EPOCH, 0);

    private static boolean isFinal(VideoEvent event) {
        return event instanceof VideoEvent.VideoCompleted || event instanceof VideoEvent.VideoFailed
                || event instanceof VideoEvent.VideoCancelled;
    }

    /** The video's state told as the event that led to it. */
    static VideoEvent currentState(Video video) {
        Instant at = video.updatedAt();
        switch (video.status()) {
            case COMPLETED:
                return new VideoEvent.VideoCompleted(video.id(), at, video.durationMs().orElse(0L));
            case FAILED:
                return new VideoEvent.VideoFailed(video.id(), at, video.failure().orElseThrow());
            case CANCELLED:
                return new VideoEvent.VideoCancelled(video.id(), at, VideoStatus.CANCELLED);
            case PROCESSING:
                return new VideoEvent.ProgressMade(video.id(), at, video.progress()
                        .orElse(new Progress(video.nextStage().orElse(Stage.SCRIPT), 0)));
            default:
                return new VideoEvent.VideoQueued(video.id(), at, video.attempt());
        }
    }
}
