package io.videogen.domain.video;

import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** What happened to a video. Every transition of its lifecycle produces one. */
public sealed interface VideoEvent extends DomainEvent {

    VideoId videoId();

    Instant occurredAt();

    record VideoQueued(VideoId videoId, Instant occurredAt, int attempt) implements VideoEvent {
    }

    record StageStarted(VideoId videoId, Instant occurredAt, Stage stage) implements VideoEvent {
    }

    record ProgressMade(VideoId videoId, Instant occurredAt, Progress progress) implements VideoEvent {
    }

    record StageFinished(VideoId videoId, Instant occurredAt, Stage stage) implements VideoEvent {
    }

    /**
     * The composition stage settled one scene's video segment: made anew, or reused unchanged
     * from an earlier render (an edit re-renders only the scenes it changed).
     */
    record SceneComposed(VideoId videoId, Instant occurredAt, int scene, boolean reused) implements VideoEvent {
    }

    record VideoCompleted(VideoId videoId, Instant occurredAt, long durationMs) implements VideoEvent {
    }

    record VideoFailed(VideoId videoId, Instant occurredAt, VideoFailure failure) implements VideoEvent {
    }

    record VideoCancelled(VideoId videoId, Instant occurredAt, VideoStatus cancelledIn) implements VideoEvent {
    }

    record VideoRenamed(VideoId videoId, Instant occurredAt, VideoTitle title) implements VideoEvent {
    }
}
