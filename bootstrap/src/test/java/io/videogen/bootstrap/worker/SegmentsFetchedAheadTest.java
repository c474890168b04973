package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.videogen.application.port.out.RenderTask;
import io.videogen.application.port.out.RenderTaskQueue.TaskState;
import io.videogen.application.port.out.RenderWorkspace;
import io.videogen.application.port.out.RenderWorkspaces;
import io.videogen.application.port.out.TaskOrder;
import io.videogen.application.worker.RenderWorker;
import io.videogen.domain.video.Video;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Segments fetched ahead (ADR 0024, amendment of session 12), with the application's own render, queue and
 * media store against the real PostgreSQL and FFmpeg: while the video it fanned out waits for tasks other
 * workers still hold, the worker that fanned it out copies into the video's workspace, every heartbeat,
 * the segments the others already made — and only those; once the job no longer waits (withdrawn),
 * the queue names it no more.
 */
@QuarkusTest
class SegmentsFetchedAheadTest extends InProcessFanOut {

    @Inject
    RenderWorkspaces workspaces;

    @Test
    void theHomeWorkerCopiesInWhatOthersMadeWhileItsJobWaits() throws Exception {
        FannedOut fannedOut = fannedOut("Segments fetched ahead", "a few words ahead.");
        Video video = fannedOut.video();
        RenderWorker home = fannedOut.home();
        // every other task held by a worker that does not finish it: the job keeps waiting
        List<RenderTask> held = new ArrayList<>();
        for (List<RenderTask> run = claim(); !run.isEmpty(); run = claim()) {
            held.addAll(run);
        }
        assertThat(held).isNotEmpty();
        // the worker that made them is another machine: what it made is in the store, not in the home workspace
        RenderWorkspace workspace = workspaces.open(video.id());
        List<Path> madeAway = new ArrayList<>();
        for (TaskState task : madeBy(video, AWAY)) {
            Path file = workspace.file(task.kind() == TaskOrder.Kind.SOUNDTRACK ? RenderWorkspace.Area.AUDIO
                    : RenderWorkspace.Area.SEGMENTS, task.artefact());
            Files.deleteIfExists(file);
            madeAway.add(file);
        }

        assertThat(await(home.takeNext())).as("no task, no job due").isFalse();
        // its look every heartbeat copies them in again, and nothing else
        Eventually.within(RENDER_TIMEOUT, () -> assertThat(madeAway).allMatch(Files::exists));
        for (RenderTask task : held) {
            assertThat(workspace.file(RenderWorkspace.Area.SEGMENTS, task.artefact()))
                    .as(task.artefact() + ", made by no one yet").doesNotExist();
        }

        assertThat(await(tasks.madeElsewhere(HOME)).get(video.id())).as("what the home worker asks for")
                .containsExactlyInAnyOrderElementsOf(madeBy(video, AWAY).stream().map(TaskState::artefact)
                        .toList());
        assertThat(await(tasks.madeElsewhere(AWAY))).as("not its video").isEmpty();
        // withdrawn, the job waits no longer: the home worker is told of nothing more to fetch for it
        await(queue.withdraw(video.id()));
        assertThat(await(tasks.madeElsewhere(HOME))).doesNotContainKey(video.id());
    }

    private List<RenderTask> claim() {
        return await(tasks.claim("holder-worker", LEASE, SCENES + 1));
    }
}
