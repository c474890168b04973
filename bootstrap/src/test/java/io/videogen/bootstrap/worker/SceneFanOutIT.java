package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.RenderTaskQueue.TaskState;
import io.videogen.application.port.out.TaskOrder;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoStatus;
import io.videogen.domain.video.VideoTitle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scene fan-out across processes ({@link FanOutAcrossProcesses}) with the local media store, in a
 * directory the processes share; no worker reads another's workspace for a segment — they meet in
 * the store's {@code artefacts/} keys. Here also: a cancel stops every task.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SceneFanOutIT extends FanOutAcrossProcesses {

    private static Path dataDir;
    private static WorkerProcess.Fleet fleet;

    @BeforeAll
    static void sharedStorage() throws Exception {
        dataDir = Files.createTempDirectory("videogen-fan-out-tests-");
        fleet = WorkerProcess.Fleet.sharing(dataDir, Map.of());
    }

    @AfterAll
    static void stopEveryProcess() {
        fleet.stop();
        TestDirectories.delete(dataDir); // the shared data directory: 38 of them had piled up in /tmp
    }

    @Override
    WorkerProcess.Fleet fleet() {
        return fleet;
    }

    @Override
    Path storedByWorkers(String key) {
        return dataDir.resolve("media").resolve(key);
    }

    @Test
    @Order(3)
    void aCancelMidFanOutStopsEveryTask() throws Exception {
        Video video = create(longDraft());
        Eventually.within(RENDER_TIMEOUT, () -> assertThat(running(video.id())).isNotEmpty());
        List<TaskState> held = running(video.id());

        lifecycle.cancel(video.id(), TinyVideos.OWNER).await().atMost(Duration.ofSeconds(10));

        assertThat(count("select count(*) from render_tasks where video_id = $1", video.id())).isZero();
        for (TaskState task : held) {
            WorkerProcess worker = fleet.owner(task.worker());
            // Each task seen running either stopped — the cancel event or the next heartbeat found it
            // gone, or it found its video cancelled while preparing — or had finished its segment
            // just before the cancel (then its artefact is in the store). No bound on how soon: under
            // load a worker can take seconds to reach its next check.
            Eventually.within(Duration.ofSeconds(90), () -> assertThat(
                    worker.log().contains("task " + task.artefact() + " of video " + video.id() + " abandoned")
                            || Files.exists(storedByWorkers((task.kind() == TaskOrder.Kind.SOUNDTRACK
                                    ? "artefacts/soundtracks/" : "artefacts/segments/") + task.artefact())))
                    .as(task.artefact() + " stopped or finished").isTrue());
        }
        assertThat(stored(video.id()).status()).isEqualTo(VideoStatus.CANCELLED);
        assertThat(storedByWorkers(MediaStore.videoPrefix(video.id()) + "video.mp4")).doesNotExist();
        assertThat(heard.get(video.id())).noneMatch(event -> event instanceof VideoEvent.VideoCompleted);
    }

    /** Scenes that take a few seconds each to encode, so a cancel finds tasks mid-encode. */
    private static VideoDraft longDraft() {
        String text = java.util.stream.IntStream.rangeClosed(1, SCENES)
                .mapToObj(i -> "Scene " + i + " of the cancelled video talks for a while, sentence after sentence, "
                        + "so that its encoder has plenty of frames to write before anybody stops it.")
                .collect(Collectors.joining("\n\n---\n\n"));
        return new VideoDraft(new VideoTitle("Fan-out cancelled"), new ScriptSource.PlainText(text), Map.of(), null,
                new VideoDraft.Look(VideoConfig.of("320x180", null, 30, "standard"), null, null, null), null, null,
                null);
    }
}
