package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.ProgressPublisher;
import io.videogen.application.port.out.VideoComposer;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.application.service.CreateVideoService;
import io.videogen.application.service.VideoLifecycle;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Crash safety with real processes: worker processes started from the packaged application
 * render videos that this test — an api-only process — creates through the application, on one
 * PostgreSQL. Workers are killed, frozen and restarted mid-render; every video still completes
 * exactly once. The completed events counted here come from the workers over LISTEN/NOTIFY.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSafetyIT {

    private static final Duration RENDER_TIMEOUT = Duration.ofSeconds(180);
    private static Path dataDir;
    private static WorkerProcess.Fleet fleet;
    /** The two workers that share the queue in the SIGSTOP and the two-workers tests. */
    private static WorkerProcess left;
    private static WorkerProcess right;

    @Inject
    CreateVideoService videoService;
    @Inject
    VideoLifecycle lifecycle;
    @Inject
    VideoRepository videos;
    @Inject
    ProgressPublisher publisher;
    @Inject
    VideoComposer composer;
    @Inject
    Pool pool;

    private final EventsHeard heard = new EventsHeard();

    @BeforeAll
    static void sharedStorage() throws Exception {
        dataDir = Files.createTempDirectory("videogen-crash-tests-");
        fleet = WorkerProcess.Fleet.sharing(dataDir, Map.of());
    }

    @AfterEach
    void stopListening() {
        heard.stop();
    }

    @AfterAll
    static void stopEveryProcess() {
        fleet.stop();
        TestDirectories.delete(dataDir); // the shared data directory: 45 of them had piled up in /tmp
    }

    @Test
    @Order(1)
    void aWorkerKilledMidRenderLosesNothingAnotherCompletesTheVideoOnce() throws Exception {
        WorkerProcess doomed = start("killed-worker", "worker").awaitStarted();
        Video video = create("Killed mid-render");

        String holder = awaitRenderingBy(video.id());
        assertThat(doomed.owns(holder)).isTrue();
        doomed.kill();
        // the two successors also serve the next tests; they start side by side to save time
        left = start("left-worker", "worker");
        right = start("right-worker", "worker");
        left.awaitStarted();
        right.awaitStarted();

        awaitCompleted(video.id());
        List<Attempt> attempts = attempts(video.id());
        assertThat(doomed.owns(attempts.get(0).worker())).isTrue();
        assertThat(attempts.get(0).outcome()).as("the killed worker said nothing more").isNull();
        Attempt last = attempts.get(attempts.size() - 1);
        assertThat(left.owns(last.worker()) || right.owns(last.worker())).isTrue();
        assertCompletedOnceWithOneWholeFile(video.id());
    }

    @Test
    @Order(2)
    void aWorkerOnlyProcessAnswersHealthButNoApi() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = left.baseUrl();

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/videos")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("only the worker role");
    }

    @Test
    @Order(3)
    void aWorkerFrozenPastItsLeaseCannotWriteAfterAnotherFinishedItsJob() throws Exception {
        Video video = create("Frozen mid-render");

        String holderId = awaitRenderingBy(video.id());
        WorkerProcess frozen = left.owns(holderId) ? left : right;
        frozen.pause();
        long versionWhenCompleted;
        try {
            awaitCompleted(video.id());
            versionWhenCompleted = stored(video.id()).version();
        } finally {
            frozen.resume();
        }

        frozen.awaitLog("video " + video.id() + " abandoned", Duration.ofSeconds(60));
        Video after = stored(video.id());
        assertThat(after.status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(after.version()).as("nothing written after the other worker completed it")
                .isEqualTo(versionWhenCompleted);
        List<Attempt> attempts = attempts(video.id());
        assertThat(frozen.owns(attempts.get(0).worker())).isTrue();
        assertThat(attempts.get(0).outcome()).as("the frozen worker could not settle the job").isNull();
        assertThat(frozen.owns(attempts.get(attempts.size() - 1).worker())).isFalse();
        assertCompletedOnceWithOneWholeFile(video.id());
    }

    @Test
    @Order(4)
    void aCancelInThisProcessStopsTheRenderInTheWorkerProcessWithinTwoSeconds() throws Exception {
        Video video = videoService.create(new CreateVideoCommand(TinyVideos.OWNER, TinyVideos.longerDraft()))
                .await().atMost(Duration.ofSeconds(30));
        listen(video.id());
        Eventually.within(RENDER_TIMEOUT, () -> assertThat(heard.get(video.id())).anyMatch(event ->
                event instanceof VideoEvent.StageStarted started && started.stage() == Stage.COMPOSITION));
        WorkerProcess holder = left.owns(awaitRenderingBy(video.id())) ? left : right;

        lifecycle.cancel(video.id(), TinyVideos.OWNER).await().atMost(Duration.ofSeconds(10));
        holder.awaitLog("video " + video.id() + " abandoned", Duration.ofSeconds(2));

        assertThat(stored(video.id()).status()).isEqualTo(VideoStatus.CANCELLED);
        assertThat(attempts(video.id())).extracting(Attempt::outcome).endsWith("withdrawn");
        assertThat(dataDir.resolve("media").resolve(MediaStore.videoPrefix(video.id())).resolve("video.mp4"))
                .doesNotExist();
        try (Stream<Path> files = Files.walk(dataDir.resolve("work").resolve(video.id().value().toString()))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("the segment being encoded was removed").noneMatch(name -> name.contains("partial"));
        }
        assertThat(heard.get(video.id())).noneMatch(event -> event instanceof VideoEvent.VideoCompleted);
    }

    @Test
    @Order(5)
    void twoWorkersOnOneQueueNeverRenderTheSameJob() throws Exception {
        List<Video> batch = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            batch.add(create("Batch video " + i));
        }

        for (Video video : batch) {
            awaitCompleted(video.id());
        }
        Map<String, Integer> videosPerWorker = new HashMap<>();
        for (Video video : batch) {
            List<Attempt> attempts = attempts(video.id());
            for (int i = 1; i < attempts.size(); i++) {
                Attempt before = attempts.get(i - 1);
                assertThat(before.finishedAt()).as("claim %s of %s ended before the next began", i, video.id())
                        .isNotNull().isBeforeOrEqualTo(attempts.get(i).claimedAt());
            }
            Attempt last = attempts.get(attempts.size() - 1);
            String process = left.owns(last.worker()) ? "left" : right.owns(last.worker()) ? "right" : last.worker();
            videosPerWorker.merge(process, 1, Integer::sum);
            assertCompletedOnceWithOneWholeFile(video.id());
        }
        assertThat(videosPerWorker).as("both workers took jobs").containsOnlyKeys("left", "right");
        left.terminate();
        right.terminate();
    }

    @Test
    @Order(6)
    void aSingleApiAndWorkerProcessRestartedMidRenderLosesNothing() throws Exception {
        fleet.stop();
        WorkerProcess service = start("service-before-restart", "api,worker").awaitStarted();
        Video video = create("Restarted mid-render");
        String holder = awaitRenderingBy(video.id());
        assertThat(service.owns(holder)).isTrue();

        service.terminate();
        WorkerProcess restarted = start("service-after-restart", "api,worker").awaitStarted();

        awaitCompleted(video.id());
        List<Attempt> attempts = attempts(video.id());
        Attempt last = attempts.get(attempts.size() - 1);
        assertThat(attempts).filteredOn(attempt -> service.owns(attempt.worker())).last()
                .as("the stopping service handed its job back").extracting(Attempt::outcome).isEqualTo("released");
        assertThat(restarted.owns(last.worker())).isTrue();
        assertCompletedOnceWithOneWholeFile(video.id());
        restarted.terminate();
    }

    private WorkerProcess start(String name, String roles) throws Exception {
        return fleet.start(name, roles);
    }

    private Video create(String title) {
        Video video = videoService.create(new CreateVideoCommand(TinyVideos.OWNER, TinyVideos.draft(title)))
                .await().atMost(Duration.ofSeconds(30));
        listen(video.id());
        return video;
    }

    private void listen(VideoId id) {
        heard.listen(publisher, id);
    }

    /** Waits until a worker holds the video's job and is rendering it; answers that worker's id. */
    private String awaitRenderingBy(VideoId id) {
        String[] holder = new String[1];
        Eventually.within(RENDER_TIMEOUT, () -> {
            assertThat(stored(id).status()).isEqualTo(VideoStatus.PROCESSING);
            List<Attempt> attempts = attempts(id);
            assertThat(attempts).isNotEmpty();
            Attempt last = attempts.get(attempts.size() - 1);
            assertThat(last.outcome()).isNull();
            holder[0] = last.worker();
        });
        return holder[0];
    }

    private void awaitCompleted(VideoId id) {
        Eventually.within(RENDER_TIMEOUT, () -> assertThat(stored(id).status()).isEqualTo(VideoStatus.COMPLETED));
    }

    /**
     * One completed claim (any earlier ones were handed back or died), one completed event (heard
     * from the worker's process), one final video file that plays for the stored duration, and no
     * half-written file beside it.
     */
    private void assertCompletedOnceWithOneWholeFile(VideoId id) throws Exception {
        // the video is saved completed a moment before its job is settled
        Eventually.within(Duration.ofSeconds(10), () -> assertThat(attempts(id)).extracting(Attempt::outcome)
                .as("claims of " + id).endsWith("completed").filteredOn("completed"::equals).hasSize(1));
        Eventually.within(Duration.ofSeconds(10), () -> assertThat(heard.completed(id)).isEqualTo(1));
        // every event notified before the marker has arrived once the marker has
        NotifyMarker.sendAndAwait(pool, id, heard.get(id));
        assertThat(heard.completed(id)).as("completed events of " + id).isEqualTo(1);
        Path folder = dataDir.resolve("media").resolve(MediaStore.videoPrefix(id));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).collect(Collectors.toSet()))
                    .isEqualTo(Set.of("video.mp4", "thumbnail.jpg", "captions.srt", "captions.vtt", "captions.json"));
        }
        VideoComposer.MediaInfo info = composer.probe(folder.resolve("video.mp4"));
        assertThat(info.duration().toMillis()).isCloseTo(stored(id).durationMs().orElseThrow(),
                org.assertj.core.data.Offset.offset(150L));
    }

    private Video stored(VideoId id) {
        return videos.findById(id).await().atMost(Duration.ofSeconds(10)).orElseThrow();
    }

    private record Attempt(String worker, String outcome, OffsetDateTime claimedAt, OffsetDateTime finishedAt) {
    }

    private List<Attempt> attempts(VideoId id) {
        List<Attempt> found = new ArrayList<>();
        for (Row row : pool.preparedQuery("select worker_id, outcome, claimed_at, finished_at from render_attempts "
                + "where video_id = $1 order by fencing_token").execute(Tuple.of(id.value()))
                .await().atMost(Duration.ofSeconds(10))) {
            found.add(new Attempt(row.getString("worker_id"), row.getString("outcome"),
                    row.getOffsetDateTime("claimed_at"), row.getOffsetDateTime("finished_at")));
        }
        return found;
    }
}
