package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import java.util.List;
import java.util.Optional;

/**
 * Videos as their resource shows them, each read with what the resource adds to it in one round
 * trip (docs/adr/0021): the newest webhook delivery and, for one video, its scene provenance.
 * Ownership is a condition of the read, as in {@link VideoRepository#findVisible}.
 */
public interface VideoReadModel {

    /** The video with its webhook log and provenance, when the caller may see it. */
    Uni<Optional<VideoRead>> findVisible(VideoId id, Caller caller);

    /** A page of the caller's videos (everyone's, for who sees everything) newest first, without provenance. */
    Uni<Page<VideoRead>> listVisible(Caller caller, Optional<VideoStatus> status, PageRequest page);

    /**
     * @param webhook    the newest webhook delivery of the video, if it has one
     * @param provenance who made each scene (empty before a render recorded it, and in a list)
     */
    record VideoRead(Video video, Optional<WebhookDeliveries.Log> webhook, List<SceneProvenance> provenance) {
    }
}
