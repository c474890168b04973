package io.videogen.bootstrap.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Events are sent to PostgreSQL in batches, and a batch completes on the context of whoever sent
 * it. A caller must nevertheless go on on its own context: on another, it would use that flow's
 * database session (a PATCH during a re-render once failed with "Session/EntityManager is closed").
 */
@QuarkusTest
class PublisherContextTest {

    private static final int EVENTS = 400;

    @Inject
    ProgressPublisher publisher;
    @Inject
    Vertx vertx;

    @Test
    void everyPublisherGoesOnOnItsOwnContextWhoeverSentItsBatch() throws InterruptedException {
        List<Context> flows = List.of(flow(), flow(), flow(), flow());
        Queue<String> elsewhere = new ConcurrentLinkedQueue<>();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(EVENTS);
        VideoId video = VideoId.random();

        for (int i = 0; i < EVENTS; i++) {
            Context flow = flows.get(i % flows.size());
            VideoEvent event = new VideoEvent.ProgressMade(video, Instant.now(),
                    new Progress(Stage.COMPOSITION, i % 100));
            flow.runOnContext(ignored -> publisher.publish(event).subscribe().with(sent -> {
                if (Vertx.currentContext() != flow) {
                    elsewhere.add("a publisher of flow " + flows.indexOf(flow) + " went on on "
                            + (flows.contains(Vertx.currentContext()) ? "flow " + flows.indexOf(Vertx.currentContext())
                            : String.valueOf(Vertx.currentContext())));
                }
                done.countDown();
            }, failure -> {
                failures.add(failure);
                done.countDown();
            }));
        }

        assertThat(done.await(60, TimeUnit.SECONDS)).as("every publish completed").isTrue();
        assertThat(failures).isEmpty();
        assertThat(elsewhere).as("continuations on another flow's context").isEmpty();
    }

    /** A context like a request's or a render's: duplicated, marked safe for a Hibernate Reactive session. */
    private Context flow() {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return context;
    }
}
