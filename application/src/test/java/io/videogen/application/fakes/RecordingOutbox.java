package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.WebhookDeliveries;
import io.videogen.domain.video.VideoId;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers the deliveries the use cases schedule; nothing is ever due or sent. */
public final class RecordingOutbox implements WebhookDeliveries {

    public final List<Scheduled> scheduled = new CopyOnWriteArrayList<>();

    @Override
    public Uni<Void> schedule(Scheduled delivery) {
        scheduled.add(delivery);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<List<Claimed>> claimDue(int limit, Duration lease) {
        return Uni.createFrom().item(List.of());
    }

    @Override
    public Uni<Boolean> record(Claimed delivery, Attempt attempt, Outcome outcome, Optional<Duration> retryIn) {
        return Uni.createFrom().item(false);
    }

    @Override
    public Uni<Map<VideoId, Log>> latestFor(Collection<VideoId> videos) {
        return Uni.createFrom().item(Map.of());
    }
}
