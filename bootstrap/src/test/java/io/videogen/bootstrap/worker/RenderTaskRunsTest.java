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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs of tasks (ADR 0024, "Round trips per task") against the real PostgreSQL: one claim takes several
 * due tasks of one video under one token and one lease, fewer as the due tasks run short against the
 * workers taking them; one call finishes a run; a run whose lease ran out is another worker's, whole.
 */
@QuarkusTest
class RenderTaskRunsTest {

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

    /** A video's job, claimed, fanned out into {@code segments} segments and the soundtrack, and parked. */
    private RenderJob waitingWith(int segments) {
        await(videoService.create(new CreateVideoCommand(TinyVideos.OWNER, TinyVideos.draft("Runs"))));
        RenderJob job = await(queue.claim("assembler", LEASE)).orElseThrow();
        List<TaskOrder> orders = new ArrayList<>();
        for (int i = 0; i < segments; i++) {
            orders.add(new TaskOrder("segment-" + i + ".mp4", TaskOrder.Kind.SEGMENT, i, 30 + i, new byte[] {(byte) i}));
        }
        orders.add(new TaskOrder("soundtrack-x.m4a", TaskOrder.Kind.SOUNDTRACK, -1, 0, new byte[] {-1}));
        await(tasks.fanOut(job.videoId(), orders, null));
        assertThat(await(queue.awaitTasks(job))).isTrue();
        return job;
    }

    @Test
    void aClaimTakesARunOfOneVideosLongestTasksUnderOneTokenFewerAsWorkersShareWhatIsLeft() {
        RenderJob job = waitingWith(8);

        List<RenderTask> first = await(tasks.claim("worker-a", LEASE, 4));
        assertThat(first).as("9 due, one worker seen: all of them, at most 4").hasSize(4)
                .allSatisfy(task -> {
                    assertThat(task.videoId()).isEqualTo(job.videoId());
                    assertThat(task.fencingToken()).isEqualTo(first.get(0).fencingToken());
                    assertThat(task.leaseUntil()).isEqualTo(first.get(0).leaseUntil());
                    assertThat(task.brief()).as("its own brief")
                            .containsExactly(Byte.parseByte(task.artefact().substring(8, task.artefact().indexOf('.'))));
                });
        assertThat(first).extracting(RenderTask::artefact).as("the longest first")
                .containsExactly("segment-7.mp4", "segment-6.mp4", "segment-5.mp4", "segment-4.mp4");
        assertThat(await(tasks.claim("worker-b", LEASE, 4))).as("5 due, two workers seen: ceil(5 / 2)").hasSize(3);
        assertThat(await(tasks.claim("worker-c", LEASE, 4))).as("2 due, three workers seen: one at a time")
                .hasSize(1);

        RenderTaskQueue.Completion done = await(tasks.complete(first));
        assertThat(done.jobDue()).isFalse();
        assertThat(done.frames()).as("the run's four segments, in one call")
                .isEqualTo(new RenderTaskQueue.Frames(37 + 36 + 35 + 34, 8 * 30 + 28));
        assertThat(await(tasks.tasksOf(job.videoId()))).filteredOn(task -> task.status().equals("done"))
                .extracting(RenderTaskQueue.TaskState::worker).containsOnly("worker-a").hasSize(4);
    }

    /**
     * The worker that fanned the video out assembles it from its workspace, so what it makes for its own
     * video is not put in the store (ADR 0024, "Home worker"): its claim says so; another's does not.
     */
    @Test
    void aClaimSaysWhetherItsWorkerFannedTheVideoOut() {
        waitingWith(6);

        List<RenderTask> home = await(tasks.claim("assembler", LEASE, 2));
        List<RenderTask> away = await(tasks.claim("worker-b", LEASE, 2));

        assertThat(home).isNotEmpty().allMatch(RenderTask::home);
        assertThat(away).isNotEmpty().noneMatch(RenderTask::home);
    }

    /**
     * As RenderTaskQueueTest's two tasks: three runs held back by a lock on their job row, then let go
     * at once — the function's statements each take a fresh snapshot (V21_4), so the last sees the
     * others done and only it makes the job due.
     */
    @Test
    void runsFinishingAtTheSameMomentMakeTheWaitingJobDueExactlyOnce() {
        RenderJob job = waitingWith(3);
        List<RenderTask> a = await(tasks.claim("worker-a", LEASE, 2));
        List<RenderTask> b = await(tasks.claim("worker-b", LEASE, 2));
        List<RenderTask> c = await(tasks.claim("worker-c", LEASE, 2));
        assertThat(a.size() + b.size() + c.size()).as("every task in some run").isEqualTo(4);
        assertThat(a).hasSize(2);

        SqlConnection holder = await(pool.getConnection());
        try {
            Transaction holding = await(holder.begin());
            await(holder.preparedQuery("select 1 from render_jobs where video_id = $1 for update")
                    .execute(Tuple.of(job.videoId().value())));
            var finishing = Uni.join().all(tasks.complete(a), tasks.complete(b), tasks.complete(c)).andFailFast()
                    .subscribeAsCompletionStage();
            Eventually.within(Duration.ofSeconds(10), () -> assertThat(await(pool.query("""
                    select count(*) from pg_stat_activity
                    where wait_event_type = 'Lock' and query like '%finish_render_tasks%'""").execute())
                    .iterator().next().getLong(0)).isEqualTo(3));
            await(holding.commit());

            List<RenderTaskQueue.Completion> done = finishing.join();
            assertThat(done).filteredOn(RenderTaskQueue.Completion::jobDue).as("the last of the three, only")
                    .singleElement().satisfies(last -> assertThat(last.frames()).as("it sees every segment done")
                            .isEqualTo(new RenderTaskQueue.Frames(30 + 31 + 32, 30 + 31 + 32)));
        } finally {
            await(holder.close());
        }
        assertThat(status(job)).isEqualTo("queued");
    }

    @Test
    void aRunWhoseLeaseRanOutIsAnotherWorkersWholeAndItsFirstHolderCanNeitherFinishNorRenewIt() {
        RenderJob job = waitingWith(8);
        List<RenderTask> lost = await(tasks.claim("killed-worker", LEASE, 2));
        // the controlled clock: the lease ends now, as it would a minute after the worker died
        pool.preparedQuery("update render_tasks set lease_until = now() - interval '1 second' where worker_id = $1")
                .execute(Tuple.of("killed-worker")).await().atMost(Duration.ofSeconds(10));

        List<RenderTask> taken = await(tasks.claim("survivor", LEASE, 4));
        assertThat(taken).extracting(RenderTask::artefact).as("9 due, two workers seen: 3, the lost run's whole")
                .containsAll(lost.stream().map(RenderTask::artefact).toList());
        assertThatThrownBy(() -> await(tasks.complete(lost))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> await(tasks.renewLease(lost, LEASE))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> await(tasks.release(lost))).isInstanceOf(StaleVersionException.class);

        assertThat(await(tasks.renewLease(taken, LEASE))).hasSameSizeAs(taken);
        await(tasks.release(taken));
        assertThat(await(tasks.tasksOf(job.videoId()))).as("handed back untouched, the attempt not counted")
                .allSatisfy(task -> assertThat(task.status()).isEqualTo("queued"))
                .filteredOn(task -> lost.stream().anyMatch(l -> l.artefact().equals(task.artefact())))
                .allSatisfy(task -> assertThat(task.attempt()).isEqualTo(1));
    }

    private String status(RenderJob job) {
        var rows = pool.preparedQuery("select status from render_jobs where video_id = $1")
                .execute(Tuple.of(job.videoId().value())).await().atMost(Duration.ofSeconds(10));
        return rows.iterator().next().getString(0);
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(30));
    }
}
