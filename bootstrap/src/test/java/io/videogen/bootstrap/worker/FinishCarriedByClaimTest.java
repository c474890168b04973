package io.videogen.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.videogen.application.port.out.RenderTaskQueue.Claimed;
import io.videogen.application.port.out.RenderTaskQueue.TaskState;
import io.videogen.application.port.out.TaskOrder;
import io.videogen.application.service.CreateVideoService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run's finish carried by the worker's next claim (ADR 0024, "A run's finish rides on the next claim";
 * {@code claim_render_tasks}, V21_5) against the real PostgreSQL: one call finishes the runs made and takes
 * the next, with the guarantees a finish of its own has — fenced by the run's token (a run taken over after
 * its lease ran out is not finished by its first holder), and the waiting job made due exactly once when
 * claims carrying the last runs' finishes arrive at the same moment.
 */
@QuarkusTest
class FinishCarriedByClaimTest {

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

    @Test
    void aClaimFinishesTheRunItCarriesAndTakesTheNextInOneCall() {
        RenderJob job = waitingWith(8);
        List<RenderTask> made = await(tasks.claim("worker-a", LEASE, 4));

        Claimed next = await(tasks.claim("worker-a", LEASE, 4, made));

        assertThat(next.finished()).as("the carried run's finish, by its token").containsOnlyKeys(
                made.get(0).fencingToken());
        RenderTaskQueue.Completion finished = next.finished().get(made.get(0).fencingToken());
        assertThat(finished.jobDue()).isFalse();
        assertThat(finished.frames()).isEqualTo(new RenderTaskQueue.Frames(37 + 36 + 35 + 34, 8 * 30 + 28));
        assertThat(next.run()).as("5 due, one worker seen: ceil(5 / 2)").hasSize(3)
                .allSatisfy(task -> assertThat(task.fencingToken()).isNotEqualTo(made.get(0).fencingToken()))
                .extracting(RenderTask::artefact).doesNotContainAnyElementsOf(artefacts(made));
        assertThat(await(tasks.tasksOf(job.videoId()))).filteredOn(task -> task.status().equals("done"))
                .extracting(TaskState::artefact).containsExactlyInAnyOrderElementsOf(artefacts(made));
    }

    @Test
    void aRunTakenOverAfterItsLeaseRanOutIsNotFinishedByTheClaimOfItsFirstHolder() {
        RenderJob job = waitingWith(8);
        List<RenderTask> lost = await(tasks.claim("slow-worker", LEASE, 2));
        // the controlled clock: the lease ends now, as it would a minute after the worker stalled
        pool.preparedQuery("update render_tasks set lease_until = now() - interval '1 second' where worker_id = $1")
                .execute(Tuple.of("slow-worker")).await().atMost(Duration.ofSeconds(10));
        List<RenderTask> taken = await(tasks.claim("survivor", LEASE, 4));
        assertThat(artefacts(taken)).containsAll(artefacts(lost));

        Claimed late = await(tasks.claim("slow-worker", LEASE, 4, lost));

        assertThat(late.finished()).as("a stale token finishes nothing").isEmpty();
        assertThat(await(tasks.tasksOf(job.videoId())))
                .filteredOn(task -> artefacts(lost).contains(task.artefact()))
                .allSatisfy(task -> {
                    assertThat(task.status()).isEqualTo("running");
                    assertThat(task.worker()).isEqualTo("survivor");
                });
        assertThat(await(tasks.complete(taken)).frames().done()).as("the survivor finishes them, under its token")
                .isGreaterThanOrEqualTo(lost.stream().mapToLong(task -> 30 + index(task)).sum());
    }

    /**
     * As RenderTaskRunsTest's finishes of their own: three claims, each carrying a run, held back by a lock on
     * the job row, then let go at once — every statement of the function has a fresh snapshot, so the last
     * sees the others' runs done and only it makes the job due.
     */
    @Test
    void claimsCarryingTheLastRunsAtTheSameMomentMakeTheWaitingJobDueExactlyOnce() {
        RenderJob job = waitingWith(3);
        List<RenderTask> a = await(tasks.claim("worker-a", LEASE, 2));
        List<RenderTask> b = await(tasks.claim("worker-b", LEASE, 2));
        List<RenderTask> c = await(tasks.claim("worker-c", LEASE, 2));
        assertThat(a.size() + b.size() + c.size()).as("every task in some run").isEqualTo(4);

        SqlConnection holder = await(pool.getConnection());
        try {
            Transaction holding = await(holder.begin());
            await(holder.preparedQuery("select 1 from render_jobs where video_id = $1 for update")
                    .execute(Tuple.of(job.videoId().value())));
            var claiming = Uni.join().all(tasks.claim("worker-a", LEASE, 2, a), tasks.claim("worker-b", LEASE, 2, b),
                    tasks.claim("worker-c", LEASE, 2, c)).andFailFast().subscribeAsCompletionStage();
            Eventually.within(Duration.ofSeconds(10), () -> assertThat(await(pool.query("""
                    select count(*) from pg_stat_activity
                    where wait_event_type = 'Lock' and query like '%claim_render_tasks%'""").execute())
                    .iterator().next().getLong(0)).isEqualTo(3));
            await(holding.commit());

            List<Claimed> claimed = claiming.join();
            assertThat(claimed).flatMap(one -> List.copyOf(one.finished().values())).hasSize(3)
                    .filteredOn(RenderTaskQueue.Completion::jobDue).as("the last of the three, only")
                    .singleElement().satisfies(last -> assertThat(last.frames()).as("it sees every segment done")
                            .isEqualTo(new RenderTaskQueue.Frames(30 + 31 + 32, 30 + 31 + 32)));
            assertThat(claimed).allSatisfy(one -> assertThat(one.run()).as("nothing left to take").isEmpty());
        } finally {
            await(holder.close());
        }
        assertThat(pool.preparedQuery("select status from render_jobs where video_id = $1")
                .execute(Tuple.of(job.videoId().value())).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getString(0)).isEqualTo("queued");
    }

    /** A video's job, claimed, fanned out into {@code segments} segments and the soundtrack, and parked. */
    private RenderJob waitingWith(int segments) {
        await(videoService.create(new CreateVideoCommand(TinyVideos.OWNER, TinyVideos.draft("Carried"))));
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

    private static List<String> artefacts(List<RenderTask> run) {
        return run.stream().map(RenderTask::artefact).toList();
    }

    private static int index(RenderTask task) {
        String name = task.artefact();
        return name.startsWith("segment-") ? Integer.parseInt(name.substring(8, name.indexOf('.'))) : -30;
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(30));
    }
}
