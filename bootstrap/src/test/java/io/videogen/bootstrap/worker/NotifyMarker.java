package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Tells when every event notified so far has arrived: PostgreSQL hands a listener its notifications
 * in commit order, so once a marker notified now (as another process would, from SQL) was heard,
 * every notification committed before it was heard too. A test that checks that something did
 * NOT arrive waits for the marker instead of sleeping.
 */
final class NotifyMarker {

    private static final Instant AT = Instant.parse("2000-01-01T00:00:00Z");

    private NotifyMarker() {
    }

    /** The marker event for this video, as listeners receive it. */
    static VideoEvent of(VideoId video) {
        return new VideoEvent.ProgressMade(video, AT, new Progress(Stage.RENDER, 99));
    }

    /** Notifies the marker and waits (bounded) until {@code heard} holds it. */
    static void sendAndAwait(Pool pool, VideoId video, Collection<VideoEvent> heard) {
        String payload = "{\"origin\":\"marker-process\",\"videoId\":\"" + video + "\",\"at\":\"" + AT + "\","
                + "\"type\":\"progress\",\"data\":{\"stage\":\"RENDER\",\"percent\":99}}";
        pool.preparedQuery("select pg_notify('videogen_events', $1)").execute(Tuple.of(payload))
                .await().atMost(Duration.ofSeconds(5));
        Eventually.within(Duration.ofSeconds(10), () -> assertThat(heard).as("the marker arrived")
                .contains(of(video)));
    }
}
