package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Events reach listeners in this process at once and, through PostgreSQL NOTIFY, from any other
 * process. Another process is played here by a NOTIFY sent straight from SQL, as a worker sends it.
 */
@QuarkusTest
class CrossProcessEventsTest {

    @Inject
    ProgressPublisher publisher;
    @Inject
    Pool pool;

    @Test
    void anEventNotifiedByAnotherProcessReachesThisProcesssListeners() {
        VideoId video = VideoId.random();
        List<VideoEvent> heard = new CopyOnWriteArrayList<>();
        Cancellable listening = publisher.subscribe(video).subscribe().with(heard::add);
        try {
            String payload = "{\"origin\":\"worker-process\",\"videoId\":\"" + video + "\",\"at\":\"2026-03-01T10:00:00Z\","
                    + "\"type\":\"progress\",\"data\":{\"stage\":\"COMPOSITION\",\"percent\":40}}";

            Eventually.within(Duration.ofSeconds(10), () -> {
                // LISTEN starts with the application; notify until it is surely listening
                if (heard.isEmpty()) {
                    pool.preparedQuery("select pg_notify('videogen_events', $1)").execute(Tuple.of(payload))
                            .await().atMost(Duration.ofSeconds(5));
                }
                assertThat(heard).isNotEmpty();
            });

            assertThat(heard.get(0)).isEqualTo(new VideoEvent.ProgressMade(video, Instant.parse("2026-03-01T10:00:00Z"),
                    new Progress(Stage.COMPOSITION, 40)));
        } finally {
            listening.cancel();
        }
    }

    @Test
    void anEventPublishedHereIsHeardHereOnceNotAgainFromTheDatabase() {
        VideoId video = VideoId.random();
        List<VideoEvent> heard = new CopyOnWriteArrayList<>();
        Cancellable listening = publisher.subscribe(video).subscribe().with(heard::add);
        try {
            VideoEvent started = new VideoEvent.StageStarted(video, Instant.now(), Stage.VOICE);
            VideoEvent finished = new VideoEvent.StageFinished(video, Instant.now(), Stage.VOICE);

            publisher.publish(started).await().atMost(Duration.ofSeconds(10));
            publisher.publish(finished).await().atMost(Duration.ofSeconds(10));
            // a marker notified after them arrives after their echoes, which must have been recognised as ours
            NotifyMarker.sendAndAwait(pool, video, heard);

            assertThat(heard).containsExactly(started, finished, NotifyMarker.of(video));
        } finally {
            listening.cancel();
        }
    }
}
