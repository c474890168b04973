package io.videogen.application.port.out;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;

/** Carries a video's events to every listener, whichever process renders it. */
public interface ProgressPublisher {

    Uni<Void> publish(VideoEvent event);

    Multi<VideoEvent> subscribe(VideoId videoId);
}
