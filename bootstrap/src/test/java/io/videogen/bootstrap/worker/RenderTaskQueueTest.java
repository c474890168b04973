package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.out.RenderJob;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.RenderTask;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.TaskOrder;
import io.videogen.application.service.CreateVideoService;
import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The task queue of fanned-out renders (ADR 0024) against the real PostgreSQL: a waiting job holds
 * no claim and comes back when its last task finishes, whichever commits first; a task lost to its
 * lease is another worker's, and the first holder can no longer finish it. Leases run out under a
 * controlled clock: the test moves a lease's end into the past instead of waiting for it.
 */
@QuarkusTest
class RenderTaskQueueTest {

    private static final Duration LEASE = Duration.ofMinutes(1);

    @Inject
    CreateVideoService videoService;
    @Inject
    RenderJobQueue queue;
    @Inject
    RenderTaskQueue tasks;
    @Inject
    Pool pool;

    @BeforeEach
    void emptyQueue() {
        pool.query("delete from render_jobs").execute().await().atMost(Duration.ofSeconds(10));
        pool.query("delete from render_tasks").execute().await().atMost(Duration.ofSeconds(10));
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(30));
    }

    private RenderJob claimedJob() {
        Video video = await(videoService.create(new CreateVideoCommand(TinyVideos.OWNER, TinyVideos.draft("Tasks"))));
        RenderJob job = await(queue.claim("assembler", LEASE)).orElseThrow();
        assertThat(job.videoId()).isEqualTo(video.id());
        return job;
    }

    private static List<TaskOrder> orders(int segments) {
        List<TaskOrder> orders = new java.util.ArrayList<>();
        for (int i = 0; i < segments; i++) {
            orders.add(new TaskOrder("segment-" + i + ".mp4", TaskOrder.Kind.SEGMENT, i, 30, briefOf("segment-" + i)));
        }
        orders.add(new TaskOrder("soundtrack-x.m4a", TaskOrder.Kind.SOUNDTRACK, -1, 0, briefOf("soundtrack-x")));
        return orders;
    }

    private static byte[] briefOf(String artefact) {
        return ("brief of " + artefact).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String jobStatus(VideoId id) {
        var rows = pool.preparedQuery("select status from render_jobs where video_id = $1").execute(Tuple.of(id.value()))
                .await().atMost(Duration.ofSeconds(10));
        return rows.size() == 0 ? "gone" : rows.iterator().next().getString(0);
    }

    @Test
    void aWaitingJobIsClaimedByNoOneUntilItsLastTaskIsDoneThenItIsDueAgain() {
        RenderJob job = claimedJob();
        assertThat(await(tasks.fanOut(job.videoId(), orders(2), null))).isEqualTo(3);
        assertThat(await(tasks.fanOut(job.videoId(), orders(2), null))).as("the same orders are the same tasks")
                .isEqualTo(3);

        assertThat(await(queue.awaitTasks(job))).isTrue();
        assertThat(jobStatus(job.videoId())).isEqualTo("waiting");
        RenderTask first = await(tasks.claim("worker-a", LEASE)).orElseThrow();
        RenderTask second = await(tasks.claim("worker-b", LEASE)).orElseThrow();
        RenderTask third = await(tasks.claim("worker-a", LEASE)).orElseThrow();
        assertThat(await(tasks.claim("worker-c", LEASE))).isEmpty();
        assertThat(List.of(first, second, third)).as("each claim brings the task's brief from its row")
                .allSatisfy(task -> assertThat(task.brief()).isEqualTo(briefOf(
                        task.artefact().substring(0, task.artefact().indexOf('.')))));
        assertThat(await(queue.claim("worker-c", LEASE))).as("a waiting job is nobody's to claim").isEmpty();

        RenderTaskQueue.Frames half = await(tasks.complete(first)).frames();
        assertThat(half.total()).isEqualTo(60);
        await(tasks.complete(second));
        assertThat(jobStatus(job.videoId())).isEqualTo("waiting");
        await(tasks.complete(third));

        assertThat(jobStatus(job.videoId())).isEqualTo("queued");
        assertThat(await(queue.claim("worker-b", LEASE))).as("its own worker's first, for the grace").isEmpty();
        RenderJob again = await(queue.claim("assembler", LEASE)).orElseThrow();
        assertThat(again.attempt()).as("waiting does not use up an attempt").isEqualTo(job.attempt());
        assertThat(await(tasks.tasksOf(job.videoId()))).extracting(RenderTaskQueue.TaskState::worker)
                .containsExactlyInAnyOrder("worker-a", "worker-b", "worker-a");
    }

    @Test
    void theSoundtrackGoesFirstToTheWorkerThatFannedTheRenderOutWhichHasItsNarration() {
        RenderJob job = claimedJob();
        await(tasks.fanOut(job.videoId(), orders(2), null));
        await(queue.awaitTasks(job));

        assertThat(await(tasks.claim("worker-b", LEASE)).orElseThrow().artefact()).as("anyone else: a segment first")
                .startsWith("segment-");
        assertThat(await(tasks.claim("assembler", LEASE)).orElseThrow().artefact()).as("the render's own worker")
                .isEqualTo("soundtrack-x.m4a");
        assertThat(await(tasks.claim("worker-b", LEASE)).orElseThrow().artefact()).startsWith("segment-");
    }

    @Test
    void aJobDueToAssembleIsAnyWorkersOnceItsOwnWorkerLetTheGracePassAndTheClaimClearsTheHome() {
        RenderJob job = claimedJob();
        await(tasks.fanOut(job.videoId(), orders(1), null));
        await(queue.awaitTasks(job));
        await(tasks.complete(await(tasks.claim("worker-a", LEASE)).orElseThrow()));
        await(tasks.complete(await(tasks.claim("worker-a", LEASE)).orElseThrow()));
        assertThat(await(queue.claim("worker-b", LEASE))).isEmpty();

        // the fanning worker busy or gone: its grace (videogen.queue.home-worker-grace, 10 s) passes
        pool.preparedQuery("update render_jobs set available_at = now() - interval '11 seconds' where video_id = $1")
                .execute(Tuple.of(job.videoId().value())).await().atMost(Duration.ofSeconds(10));
        RenderJob taken = await(queue.claim("worker-b", LEASE)).orElseThrow();
        assertThat(taken.videoId()).isEqualTo(job.videoId());
        var home = pool.preparedQuery("select home_worker from render_jobs where video_id = $1")
                .execute(Tuple.of(job.videoId().value())).await().atMost(Duration.ofSeconds(10));
        assertThat(home.iterator().next().getString(0)).as("a claim clears the home").isNull();
    }

    /**
     * The finish is one statement of a function whose statements each take a fresh snapshot (V21_2, V21_4):
     * two tasks held back by a lock on their job row, then let go at once, finish one after the
     * other, and the second sees the first done — one statement with one snapshot would not, and
     * neither would make the job due.
     */
    @Test
    void twoTasksFinishingAtTheSameMomentMakeTheWaitingJobDueExactlyOnce() {
        RenderJob job = claimedJob();
        await(tasks.fanOut(job.videoId(), orders(1), null));
        await(queue.awaitTasks(job));
        RenderTask first = await(tasks.claim("worker-a", LEASE)).orElseThrow();
        RenderTask second = await(tasks.claim("worker-b", LEASE)).orElseThrow();

        SqlConnection holder = await(pool.getConnection());
        try {
            Transaction holding = await(holder.begin());
            await(holder.preparedQuery("select 1 from render_jobs where video_id = $1 for update")
                    .execute(Tuple.of(job.videoId().value())));
            var finishing = Uni.join().all(tasks.complete(first), tasks.complete(second)).andFailFast()
                    .subscribeAsCompletionStage();
            Eventually.within(Duration.ofSeconds(10), () -> assertThat(await(pool.query("""
                    select count(*) from pg_stat_activity
                    where wait_event_type = 'Lock' and query like '%finish_render_task%'""").execute())
                    .iterator().next().getLong(0)).isEqualTo(2));
            await(holding.commit());

            List<RenderTaskQueue.Completion> done = finishing.join();
            assertThat(done).extracting(RenderTaskQueue.Completion::jobDue).as("the last of the two, only")
                    .containsExactlyInAnyOrder(true, false);
            assertThat(done).filteredOn(RenderTaskQueue.Completion::jobDue).singleElement()
                    .satisfies(last -> assertThat(last.frames()).as("the last sees every segment done")
                            .isEqualTo(new RenderTaskQueue.Frames(30, 30)));
        } finally {
            await(holder.close());
        }
        assertThat(jobStatus(job.videoId())).isEqualTo("queued");
    }

    @Test
    void aClaimBringsTheSpecOfAVideoThatRendersAndTheFinishItsProgressWhileItComposes() {
        RenderJob job = claimedJob();
        await(tasks.fanOut(job.videoId(), orders(1), null));
        await(queue.awaitTasks(job));
        RenderTask notYet = await(tasks.claim("worker-a", LEASE)).orElseThrow();
        assertThat(notYet.rendering()).as("a queued video is not rendering").isEmpty();
        assertThat(await(tasks.complete(notYet)).composing()).isEmpty();

        await(pool.preparedQuery("""
                update videos set status = 'PROCESSING', progress = '{"stage": "COMPOSITION", "percent": 40}',
                    stages = (select jsonb_build_object('runs', jsonb_agg(case when r ->> 'stage' = 'COMPOSITION'
                                 then r || '{"status": "RUNNING"}' else r end order by n))
                              from jsonb_array_elements(stages -> 'runs') with ordinality as runs(r, n))
                where id = $1""").execute(Tuple.of(job.videoId().value())));
        RenderTask rendering = await(tasks.claim("worker-a", LEASE)).orElseThrow();
        assertThat(rendering.rendering()).hasValueSatisfying(spec ->
                assertThat(spec.script().scenes()).isNotEmpty());

        RenderTaskQueue.Completion done = await(tasks.complete(rendering));
        assertThat(done.jobDue()).isTrue();
        assertThat(done.composing()).contains(new Progress(Stage.COMPOSITION, 40));
    }

    @Test
    void aJobWhoseTasksAllFinishedBeforeItParkedIsDueAgainAtOnce() {
        RenderJob job = claimedJob();
        await(tasks.fanOut(job.videoId(), orders(1), null));
        await(tasks.complete(await(tasks.claim("worker-a", LEASE)).orElseThrow()));
        await(tasks.fail(await(tasks.claim("worker-a", LEASE)).orElseThrow(), new VideoFailure(Stage.COMPOSITION,
                FailureCode.INTERNAL_ERROR, "broken for good", false, null)));

        assertThat(await(queue.awaitTasks(job))).isFalse();
        assertThat(jobStatus(job.videoId())).isEqualTo("queued");
    }

    @Test
    void aTaskWhoseLeaseRanOutIsAnotherWorkersAndItsFirstHolderCannotFinishIt() {
        RenderJob job = claimedJob();
        await(tasks.fanOut(job.videoId(), orders(0), null));
        await(queue.awaitTasks(job));
        RenderTask lost = await(tasks.claim("killed-worker", LEASE)).orElseThrow();
        // the controlled clock: the lease ends now, as it would a minute after the worker died
        pool.preparedQuery("update render_tasks set lease_until = now() - interval '1 second' where worker_id = $1")
                .execute(Tuple.of("killed-worker")).await().atMost(Duration.ofSeconds(10));

        RenderTask taken = await(tasks.claim("survivor", LEASE)).orElseThrow();
        assertThat(taken.artefact()).isEqualTo(lost.artefact());
        assertThat(taken.fencingToken()).isGreaterThan(lost.fencingToken());
        assertThatThrownBy(() -> await(tasks.complete(lost))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> await(tasks.renewLease(lost, LEASE))).isInstanceOf(StaleVersionException.class);
        assertThat(jobStatus(job.videoId())).isEqualTo("waiting");

        await(tasks.complete(taken));
        assertThat(jobStatus(job.videoId())).isEqualTo("queued");
        assertThat(await(tasks.tasksOf(job.videoId()))).singleElement()
                .satisfies(task -> assertThat(task.worker()).isEqualTo("survivor"))
                .satisfies(task -> assertThat(task.attempt()).isEqualTo(2));
    }

    @Test
    void aRetryableFailureQueuesTheTaskAgainWithItsErrorAndItsHolderCanNoLongerFinishIt() {
        RenderJob job = claimedJob();
        await(tasks.fanOut(job.videoId(), orders(0), null));
        await(queue.awaitTasks(job));
        RenderTask held = await(tasks.claim("worker-a", LEASE)).orElseThrow();

        await(tasks.fail(held, new VideoFailure(Stage.COMPOSITION, FailureCode.INTERNAL_ERROR, "try again", true,
                null)));

        var row = pool.preparedQuery("""
                        select status, last_error ->> 'message', available_at > now() from render_tasks
                        where video_id = $1""").execute(Tuple.of(job.videoId().value()))
                .await().atMost(Duration.ofSeconds(10)).iterator().next();
        assertThat(row.getString(0)).isEqualTo("queued");
        assertThat(row.getString(1)).as("stored as a JSON object").isEqualTo("try again");
        assertThat(row.getBoolean(2)).as("after a backoff").isTrue();
        assertThatThrownBy(() -> await(tasks.complete(held))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> await(tasks.release(List.of(held)))).isInstanceOf(StaleVersionException.class);
        assertThat(jobStatus(job.videoId())).isEqualTo("waiting");
    }

    @Test
    void aCancelWithdrawsEveryTaskAndTheirHoldersLoseThem() {
        RenderJob job = claimedJob();
        await(tasks.fanOut(job.videoId(), orders(2), null));
        await(queue.awaitTasks(job));
        RenderTask held = await(tasks.claim("worker-a", LEASE)).orElseThrow();

        await(queue.withdraw(job.videoId()));

        assertThat(await(tasks.tasksOf(job.videoId()))).isEmpty();
        assertThat(await(tasks.claim("worker-b", LEASE))).isEmpty();
        assertThatThrownBy(() -> await(tasks.renewLease(held, LEASE))).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aJobThatLostItsClaimCannotPark() {
        RenderJob job = claimedJob();
        await(queue.withdraw(job.videoId()));

        assertThatThrownBy(() -> await(queue.awaitTasks(job))).isInstanceOf(StaleVersionException.class);
    }
}
