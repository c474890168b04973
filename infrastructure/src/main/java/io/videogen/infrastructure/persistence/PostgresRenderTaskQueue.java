package io.videogen.infrastructure.persistence;

import static io.videogen.infrastructure.persistence.QueueValues.number;
import static io.videogen.infrastructure.persistence.QueueValues.seconds;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.RenderTask;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.TaskOrder;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import io.videogen.infrastructure.persistence.RenderStateDocuments.FailureDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The tasks of fanned-out renders as rows of {@code render_tasks} (ADR 0024), held as jobs are:
 * claimed with {@code FOR UPDATE SKIP LOCKED}, a token from {@code render_fencing_tokens} per claim,
 * a lease renewed by heartbeat, every change fenced by the token. A task's finish (done, or dead)
 * locks its video's job row first, then looks whether any task is left: the one that finishes last
 * makes the waiting job due again, whichever of the two commits first (see
 * {@code PostgresRenderJobQueue.awaitTasks}).
 */
@ApplicationScoped
class PostgresRenderTaskQueue implements RenderTaskQueue {

    private static final String TASK_COLUMNS = "cast(video_id as text), artefact, fencing_token, attempt, worker_id, "
            + "cast(extract(epoch from lease_until) * 1000 as bigint), trace_context";
    private static final String HELD = "video_id = :video and artefact = :artefact and fencing_token = :token "
            + "and status = 'running'";

    private final Database database;
    private final RetryBackoff backoff;

    PostgresRenderTaskQueue(Database database, QueueConfig config) {
        this.database = database;
        this.backoff = RetryBackoff.configured(config);
    }

    @Override
    public Uni<Integer> fanOut(VideoId videoId, List<TaskOrder> orders, String traceContext) {
        return database.write(session -> {
            Uni<Void> added = Uni.createFrom().voidItem();
            for (TaskOrder order : orders) {
                added = added.chain(() -> session.createNativeQuery("""
                                insert into render_tasks (video_id, artefact, kind, scene_index, frames, status,
                                    fencing_token, trace_context)
                                values (:video, :artefact, :kind, :scene, :frames, 'queued',
                                    nextval('render_fencing_tokens'), :trace)
                                on conflict (video_id, artefact) do nothing""")
                        .setParameter("video", videoId.value())
                        .setParameter("artefact", order.artefact())
                        .setParameter("kind", order.kind().name().toLowerCase(Locale.ROOT))
                        .setParameter("scene", order.sceneIndex())
                        .setParameter("frames", order.frames())
                        .setParameter("trace", traceContext)
                        .executeUpdate().replaceWithVoid());
            }
            return added.chain(() -> session.<Object>createNativeQuery("""
                            select count(*) from render_tasks
                            where video_id = :video and status in ('queued', 'running')""")
                    .setParameter("video", videoId.value())
                    .getSingleResult()
                    .map(count -> number(count).intValue()));
        });
    }

    @Override
    public Uni<Optional<RenderTask>> claim(String workerId, Duration lease) {
        return database.write(session -> session.<Object[]>createNativeQuery("""
                        with claimed as (
                            update render_tasks set status = 'running', worker_id = :worker,
                                lease_until = now() + make_interval(secs => :lease),
                                fencing_token = nextval('render_fencing_tokens'), attempt = attempt + 1
                            where (video_id, artefact) = (
                                select video_id, artefact from render_tasks
                                where (status = 'queued' and available_at <= now())
                                   or (status = 'running' and lease_until < now())
                                -- the oldest render's tasks first, its longest segments first
                                order by created_at, frames desc
                                limit 1
                                for update skip locked)
                            returning *)
                        select\s""" + TASK_COLUMNS + " from claimed")
                .setParameter("worker", workerId)
                .setParameter("lease", seconds(lease))
                .getResultList()
                .map(rows -> rows.stream().findFirst().map(PostgresRenderTaskQueue::task)));
    }

    @Override
    public Uni<RenderTask> renewLease(RenderTask task, Duration lease) {
        return database.write(session -> held(session, """
                        update render_tasks set lease_until = now() + make_interval(secs => :lease)
                        where\s""" + HELD + " returning cast(extract(epoch from lease_until) * 1000 as bigint)", task)
                .setParameter("lease", seconds(lease))
                .getResultList()
                .map(rows -> task.renewLease(Instant.ofEpochMilli(number(single(rows, task)).longValue()))));
    }

    @Override
    public Uni<Frames> complete(RenderTask task) {
        // the video's frames are counted in the same transaction: one round of statements per task
        return database.write(session -> finish(session, task, "update render_tasks set status = 'done', "
                + "done_by = worker_id, worker_id = null, lease_until = null, finished_at = now() where " + HELD
                + " returning 1", null)
                .chain(() -> session.<Object[]>createNativeQuery("""
                                select coalesce(sum(frames) filter (where status = 'done'), 0), coalesce(sum(frames), 0)
                                from render_tasks where video_id = :video and kind = 'segment'""")
                        .setParameter("video", task.videoId().value())
                        .getSingleResult()
                        .map(row -> new Frames(number(row[0]).longValue(), number(row[1]).longValue()))));
    }

    @Override
    public Uni<Void> fail(RenderTask task, VideoFailure failure) {
        String lastError = JsonDocuments.write(FailureDocument.of(failure)).encode();
        Optional<Duration> retryIn = failure.retryable() ? backoff.delayAfter(task.attempt()) : Optional.empty();
        if (retryIn.isPresent()) {
            return database.write(session -> held(session, """
                            update render_tasks set status = 'queued', worker_id = null, lease_until = null,
                                available_at = now() + make_interval(secs => :delay),
                                last_error = cast(cast(:error as text) as jsonb)
                            where\s""" + HELD + " returning 1", task)
                    .setParameter("delay", seconds(retryIn.get()))
                    .setParameter("error", lastError)
                    .getResultList()
                    .invoke(rows -> single(rows, task))).replaceWithVoid();
        }
        // dead counts as finished: the job assembles, encoding what no task made itself (and failing as it fails)
        return database.write(session -> finish(session, task, "update render_tasks set status = 'dead', "
                + "worker_id = null, lease_until = null, finished_at = now(), "
                + "last_error = cast(cast(:error as text) as jsonb) where " + HELD + " returning 1", lastError));
    }

    @Override
    public boolean hasAttemptsLeft(RenderTask task) {
        return backoff.allowsAnotherAfter(task.attempt());
    }

    @Override
    public Uni<Void> release(RenderTask task) {
        return database.write(session -> held(session, """
                        update render_tasks set status = 'queued', worker_id = null, lease_until = null,
                            available_at = now(), attempt = greatest(attempt - 1, 0)
                        where\s""" + HELD + " returning 1", task)
                .getResultList()
                .invoke(rows -> single(rows, task))).replaceWithVoid();
    }

    /** KEY SHARE, SKIP LOCKED: as a job's fence ({@code PostgresRenderJobQueue.confirmHeld}). */
    @Override
    public Uni<Void> confirmHeld(RenderTask task) {
        return database.write(session -> held(session, "select fencing_token from render_tasks where " + HELD
                        + " for key share skip locked", task)
                .getResultList()
                .invoke(rows -> single(rows, task))).replaceWithVoid();
    }

    @Override
    public Uni<List<TaskState>> tasksOf(VideoId videoId) {
        return database.read(session -> session.<Object[]>createNativeQuery("""
                        select artefact, kind, scene_index, status, attempt, coalesce(done_by, worker_id) from render_tasks
                        where video_id = :video order by scene_index, artefact""")
                .setParameter("video", videoId.value())
                .getResultList()
                .map(rows -> rows.stream().map(row -> new TaskState((String) row[0],
                        TaskOrder.Kind.valueOf(((String) row[1]).toUpperCase(Locale.ROOT)), number(row[2]).intValue(),
                        (String) row[3], number(row[4]).intValue(), (String) row[5])).toList()));
    }

    /**
     * Ends a held task (done or dead) and, if it was the video's last unfinished one, makes the
     * waiting job due again — the job row locked first, so a job parking at the same moment is seen.
     */
    private static Uni<Void> finish(Mutiny.Session session, RenderTask task, String statement, String lastError) {
        return session.createNativeQuery("""
                        select fencing_token from render_jobs where video_id = :video for no key update""")
                .setParameter("video", task.videoId().value())
                .getResultList()
                .chain(() -> {
                    Mutiny.Query<Object> finished = held(session, statement, task);
                    if (lastError != null) {
                        finished.setParameter("error", lastError);
                    }
                    return finished.getResultList().invoke(rows -> single(rows, task));
                })
                .chain(() -> session.createNativeQuery("""
                                update render_jobs set status = 'queued', available_at = now()
                                where video_id = :video and status = 'waiting'
                                  and not exists (select 1 from render_tasks
                                                  where video_id = :video and status in ('queued', 'running'))""")
                        .setParameter("video", task.videoId().value())
                        .executeUpdate()).replaceWithVoid();
    }

    private static Mutiny.Query<Object> held(Mutiny.Session session, String sql, RenderTask task) {
        return session.<Object>createNativeQuery(sql)
                .setParameter("video", task.videoId().value())
                .setParameter("artefact", task.artefact())
                .setParameter("token", task.fencingToken());
    }

    private static RenderTask task(Object[] row) {
        return new RenderTask(new VideoId(UUID.fromString((String) row[0])), (String) row[1],
                number(row[2]).longValue(), number(row[3]).intValue(), (String) row[4],
                Instant.ofEpochMilli(number(row[5]).longValue()), (String) row[6]);
    }

    private static Object single(List<Object> rows, RenderTask task) {
        if (rows.isEmpty()) {
            throw new StaleVersionException("render task " + task.artefact() + " of video " + task.videoId()
                    + " (fencing token " + task.fencingToken() + ")");
        }
        Object value = rows.get(0);
        return value instanceof Object[] array ? array[0] : value;
    }

}
