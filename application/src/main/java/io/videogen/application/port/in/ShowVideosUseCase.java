package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.GetWebhookLogUseCase.WebhookLog;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import java.util.List;
import java.util.Optional;

/** The reads of the video resource: one video or a page, with what the resource shows beside it. */
public interface ShowVideosUseCase {

    /** The video, or a ResourceNotFoundException when the caller may not see it. */
    Uni<ShownVideo> show(VideoId id, Caller caller);

    /** The caller's videos (all, for admins), newest first; no provenance. */
    Uni<Page<ShownVideo>> list(Caller caller, Optional<VideoStatus> status, PageRequest page);

    /** @param webhook its newest webhook delivery, or null when it has none */
    record ShownVideo(Video video, WebhookLog webhook, List<SceneProvenance> provenance) {
    }
}
