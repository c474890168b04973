package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.RenderTaskQueue.TaskState;
import io.videogen.application.port.out.TaskOrder;
import io.videogen.application.worker.RenderWorker;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A worker's runs of a fanned-out render's tasks (ADR 0024, "Puts off the path") with the application's
 * own render, queue and media store, against the real PostgreSQL and FFmpeg: what another worker made is
 * in the store by the time its tasks are done; what the worker that fanned the video out made stays in its
 * workspace, put nowhere; and that worker, its claim finding no task left, waits for the runs it settles
 * behind its claims and finds its video's job due — its next call assembles the video, none comes back empty.
 */
@QuarkusTest
class RunsSettledBehindTest extends InProcessFanOut {

    private static final String TITLE = "Runs settled behind";
    private static final String WORDS = "a few words.";

    @Inject
    MediaStore media;

    @Test
    void onlyAnotherWorkerPutsWhatItMadeAndTheHomeWorkerFindsItsJobDueAfterItsLastRun() throws Exception {
        FannedOut fannedOut = fannedOut(TITLE, WORDS);
        Video video = fannedOut.video();
        RenderWorker home = fannedOut.home();
        RenderWorker away = fannedOut.away();
        for (TaskState task : madeBy(video, AWAY)) {
            assertThat(media.find(shared(task))).as(task.artefact() + " shared before it was done").isPresent();
        }

        // the home worker makes the rest, run by run, then assembles: no call finds nothing to do
        int calls = 0;
        while (stored(video).status() != VideoStatus.COMPLETED) {
            assertThat(calls++).as("calls of the home worker").isLessThan(SCENES + 2);
            assertThat(await(home.takeNext())).as("call " + calls + " of the home worker").isTrue();
        }
        List<TaskState> atHome = madeBy(video, HOME);
        assertThat(atHome).isNotEmpty().allMatch(task -> "done".equals(task.status()));
        for (TaskState task : atHome) {
            assertThat(media.find(shared(task))).as(task.artefact() + " kept in the home worker's workspace").isEmpty();
        }
        assertThat(Attempts.of(pool, video.id())).last().isEqualTo("home-worker:completed");
        assertThat(await(away.takeNext())).as("nothing left").isFalse();
    }

    /**
     * A run's settle is committed without waiting for its WAL flush (ADR 0024, session 14): PostgreSQL crashing
     * before the flush restores the run's tasks as they were before it — running, held by the worker under its
     * token, under a lease nobody renews once the worker settled. Here the settle commits and the test then puts
     * the rows back as such a crash would (the lease run out, as time would make it). The lapsed tasks are
     * claimed again under a newer token and redone, and the video completes exactly once, from one job's claim.
     */
    @Test
    void aRunWhoseSettleIsLostWithTheDatabaseIsRedoneAndTheVideoCompletesOnce() throws Exception {
        FannedOut fannedOut = fannedOut(TITLE, WORDS);
        Video video = fannedOut.video();
        RenderWorker home = fannedOut.home();
        RenderWorker away = fannedOut.away();
        long lostToken = settledToken(video, AWAY);
        int handedOut = await(tasks.tasksOf(video.id())).size();

        int lost = pool.preparedQuery("""
                        update render_tasks set status = 'running', worker_id = done_by, done_by = null,
                            finished_at = null, lease_until = now() - interval '1 second'
                        where video_id = $1 and done_by = 'away-worker' returning 1""")
                .execute(Tuple.of(video.id().value())).await().atMost(Duration.ofSeconds(10)).rowCount();
        assertThat(lost).as("tasks whose settle was lost").isPositive();

        int calls = 0;
        while (stored(video).status() != VideoStatus.COMPLETED) {
            assertThat(calls++).as("calls of the home worker").isLessThan(SCENES + 4);
            assertThat(await(home.takeNext())).as("call " + calls + " of the home worker").isTrue();
        }
        List<TaskState> all = await(tasks.tasksOf(video.id()));
        assertThat(all).as("no task added or lost").hasSize(handedOut)
                .allMatch(task -> "done".equals(task.status()));
        assertThat(madeBy(video, AWAY)).as("its lost run is nobody's but the redo's").isEmpty();
        assertThat(settledToken(video, HOME)).as("the redo's token").isGreaterThan(lostToken);
        assertThat(Attempts.of(pool, video.id()).stream().filter(attempt -> attempt.endsWith(":completed")))
                .as("completions of the video").containsExactly("home-worker:completed");
        assertThat(await(away.takeNext())).as("nothing left").isFalse();
    }

    /** The highest fencing token under which the worker's tasks of the video were done. */
    private long settledToken(Video video, String worker) {
        return pool.preparedQuery("select max(fencing_token) from render_tasks where video_id = $1 and done_by = $2")
                .execute(Tuple.of(video.id().value(), worker)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }

    private static String shared(TaskState task) {
        return (task.kind() == TaskOrder.Kind.SOUNDTRACK ? "artefacts/soundtracks/" : "artefacts/segments/")
                + task.artefact();
    }

    private Video stored(Video video) {
        return videos.findById(video.id()).await().atMost(Duration.ofSeconds(10)).orElseThrow();
    }
}
