package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.ShowVideosUseCase;
import io.videogen.application.port.out.VideoReadModel;
import io.videogen.application.port.out.VideoReadModel.VideoRead;
import io.videogen.application.webhook.WebhookDeliveryLog;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import java.util.Optional;

/**
 * The video resource's reads, one round trip each (docs/adr/0021). Whom a video is shown to is
 * the read model's query condition, the same as {@link VideoQueries}'s: not yours is not found.
 */
public final class VideoReads implements ShowVideosUseCase {

    private final VideoReadModel reads;

    public VideoReads(VideoReadModel reads) {
        this.reads = reads;
    }

    @Override
    public Uni<ShownVideo> show(VideoId id, Caller caller) {
        return reads.findVisible(id, caller).map(found -> found.map(VideoReads::shown)
                .orElseThrow(() -> new ResourceNotFoundException("video", id)));
    }

    @Override
    public Uni<Page<ShownVideo>> list(Caller caller, Optional<VideoStatus> status, PageRequest page) {
        return reads.listVisible(caller, status, page).map(found -> found.map(VideoReads::shown));
    }

    private static ShownVideo shown(VideoRead read) {
        return new ShownVideo(read.video(), read.webhook().map(WebhookDeliveryLog::shown).orElse(null),
                read.provenance());
    }
}
