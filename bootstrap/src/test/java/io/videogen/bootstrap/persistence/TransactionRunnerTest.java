package io.videogen.bootstrap.persistence;

import static io.videogen.bootstrap.persistence.Samples.T0;
import static io.videogen.bootstrap.persistence.Samples.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.Video;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TransactionRunnerTest {

    @Inject
    TransactionRunner transactions;
    @Inject
    VideoRepository videos;
    @Inject
    RenderJobQueue queue;
    @Inject
    Pool pool;
    @Inject
    Vertx vertx;

    private final UserId owner = UserId.random();

    @Test
    void aVideoAndItsRenderJobCommitTogether() {
        Video video = Samples.draft(owner, T0);
        video.queue(T0);

        await(transactions.inTransaction(() -> videos.add(video).chain(() -> queue.enqueue(video.id(), null))));

        assertThat(await(videos.findById(video.id()))).isPresent();
        assertThat(new RenderJobRows(pool).find(video.id())).isPresent();
    }

    @Test
    void aFailureLateInTheWorkRollsBackEverythingItWrote() {
        Video video = Samples.draft(owner, T0);
        video.queue(T0);

        Uni<Void> work = transactions.inTransaction(() -> videos.add(video)
                .chain(() -> queue.enqueue(video.id(), null))
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("the render workspace is full"))));

        assertThatThrownBy(() -> await(work)).hasMessage("the render workspace is full");
        assertThat(await(videos.findById(video.id()))).isEmpty();
        assertThat(new RenderJobRows(pool).find(video.id())).isEmpty();
    }

    @Test
    void repositoriesWorkFromAWorkerPoolThread() throws Exception {
        Video video = Samples.draft(owner, T0);
        await(videos.add(video));
        ExecutorService renderWorkers = Executors.newSingleThreadExecutor();
        try {
            Optional<Video> found = renderWorkers.submit(() -> transactions.inTransaction(() -> videos.findById(video.id()))
                    .await().atMost(Duration.ofSeconds(10))).get(20, TimeUnit.SECONDS);

            assertThat(found).get().extracting(Video::id).isEqualTo(video.id());
        } finally {
            renderWorkers.shutdownNow();
        }
    }

    @Test
    void repositoriesWorkFromABareVertxEventLoop() throws Exception {
        Video video = Samples.draft(owner, T0);
        await(videos.add(video));
        CompletableFuture<Optional<Video>> found = new CompletableFuture<>();

        // a root event-loop context, as a Vert.x timer or consumer would run on: no session may live there
        vertx.runOnContext(ignored -> videos.findById(video.id())
                .subscribe().with(found::complete, found::completeExceptionally));

        assertThat(found.get(20, TimeUnit.SECONDS)).isPresent();
    }
}
