package io.videogen.infrastructure.persistence;

import static io.videogen.infrastructure.persistence.QueueValues.number;
import static io.videogen.infrastructure.persistence.QueueValues.seconds;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.RenderTask;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.TaskOrder;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import io.videogen.infrastructure.persistence.RenderStateDocuments.FailureDocument;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tasks of fanned-out renders as rows of {@code render_tasks} (ADR 0024), held as jobs are:
 * claimed with {@code FOR UPDATE SKIP LOCKED}, a token from {@code render_fencing_tokens} per claim,
 * a lease renewed by heartbeat, every change fenced by the token. A task's finish (done, or dead)
 * locks its video's job row first, then looks whether any task is left: the one that finishes last
 * makes the waiting job due again, whichever of the two commits first (see
 * {@code PostgresRenderJobQueue.awaitTasks}). A task's own steps — claim, renewal, finish, retry,
 * release — are single statements straight through the reactive pool, autocommitted (the finish a
 * call of {@code finish_render_task}, V21_2); the fan-out itself and the fence join the caller's
 * Hibernate transaction.
 */
@ApplicationScoped
class PostgresRenderTaskQueue implements RenderTaskQueue {

    /** The held task, as statements through the pool name it: $1 video, $2 artefact, $3 token. */
    private static final String HELD = "video_id = $1 and artefact = $2 and fencing_token = $3 and status = 'running'";

    private final Database database;
    private final Pool pool;
    private final RetryBackoff backoff;
    private final RenderTaskReads reads;

    PostgresRenderTaskQueue(Database database, Pool pool, QueueConfig config) {
        this.database = database;
        this.pool = pool;
        this.backoff = RetryBackoff.configured(config);
        this.reads = new RenderTaskReads(database, pool);
    }

    @Override
    public Uni<Integer> fanOut(VideoId videoId, List<TaskOrder> orders, String traceContext) {
        return database.write(session -> {
            Uni<Void> added = Uni.createFrom().voidItem();
            for (TaskOrder order : orders) {
                added = added.chain(() -> session.createNativeQuery("""
                                insert into render_tasks (video_id, artefact, kind, scene_index, frames, status,
                                    fencing_token, trace_context, brief)
                                values (:video, :artefact, :kind, :scene, :frames, 'queued',
                                    nextval('render_fencing_tokens'), :trace, :brief)
                                on conflict (video_id, artefact) do nothing""")
                        .setParameter("video", videoId.value())
                        .setParameter("artefact", order.artefact())
                        .setParameter("kind", order.kind().name().toLowerCase(Locale.ROOT))
                        .setParameter("scene", order.sceneIndex())
                        .setParameter("frames", order.frames())
                        .setParameter("trace", traceContext)
                        .setParameter("brief", order.brief())
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

    /**
     * One autocommit statement straight through the pool (no BEGIN/COMMIT, no Hibernate session, no
     * hop to a Vert.x context). The first due task (a render's soundtrack first for its home worker, then
     * the oldest render's, its longest segments first) names the video; the run is that video's due tasks
     * in the same order, at most {@code upTo} and at most the due ones over the workers its tasks have
     * seen (this one counted), rounded up: a worker takes its share of what is left and leaves the rest
     * to the others, down to one task at a time near the end (ADR 0024, amendment of session 13: over
     * twice the workers before, which made a third more runs, each a claim and a settle). One fencing
     * token for the run. The statement also reads what the tasks need: each one's brief, from its own row, and the video's spec
     * while it renders, so a task needs no load of its own and no read of the store; and whether the claimer
     * is the video's home worker, whose tasks' artefacts stay in its workspace.
     */
    @Override
    public Uni<List<RenderTask>> claim(String workerId, Duration lease, int upTo) {
        return pool.preparedQuery("""
                        with lead as (
                            select t.video_id from render_tasks t
                            where (t.status = 'queued' and t.available_at <= now())
                               or (t.status = 'running' and t.lease_until < now())
                            order by t.kind = 'soundtrack' and exists (select 1 from render_jobs j
                                         where j.video_id = t.video_id and j.home_worker = $1) desc,
                                     t.created_at, t.frames desc
                            limit 1
                            for update of t skip locked),
                        share as (
                            select cast(least(cast($3 as integer), ceil(count(*) filter (
                                           where (t.status = 'queued' and t.available_at <= now())
                                              or (t.status = 'running' and t.lease_until < now()))
                                       / (1.0 * (select count(distinct w) from (
                                                     select coalesce(u.worker_id, u.done_by) as w from render_tasks u
                                                     where u.video_id = (select video_id from lead)
                                                     union select cast($1 as varchar)) seen where w is not null))))
                                       as integer) as size
                            from render_tasks t where t.video_id = (select video_id from lead)),
                        run as (
                            select t.video_id, t.artefact from render_tasks t
                            where t.video_id = (select video_id from lead)
                              and ((t.status = 'queued' and t.available_at <= now())
                                   or (t.status = 'running' and t.lease_until < now()))
                            order by t.kind = 'soundtrack' and exists (select 1 from render_jobs j
                                         where j.video_id = t.video_id and j.home_worker = $1) desc,
                                     t.frames desc, t.artefact
                            limit (select size from share)
                            for update of t skip locked),
                        token as (select nextval('render_fencing_tokens') as token),
                        claimed as (
                            update render_tasks t set status = 'running', worker_id = $1,
                                lease_until = now() + make_interval(secs => $2),
                                fencing_token = (select token from token), attempt = t.attempt + 1
                            from run r where t.video_id = r.video_id and t.artefact = r.artefact
                            returning t.video_id, t.artefact, t.kind, t.frames, t.fencing_token, t.attempt, t.worker_id,
                                t.lease_until, t.trace_context, t.brief)
                        select c.*, case when v.status = 'PROCESSING' then cast(v.spec as text) end as spec,
                            exists (select 1 from render_jobs j where j.video_id = c.video_id
                                        and j.home_worker = $1) as home
                        from claimed c left join videos v on v.id = c.video_id
                        order by c.kind = 'soundtrack' desc, c.frames desc, c.artefact""")
                .execute(Tuple.of(workerId, seconds(lease), upTo))
                .map(rows -> {
                    List<RenderTask> run = new ArrayList<>(rows.size());
                    rows.forEach(row -> run.add(task(row)));
                    return run;
                });
    }

    /** One statement for the whole run: every task of it still held under the run's token. */
    @Override
    public Uni<List<RenderTask>> renewLease(List<RenderTask> run, Duration lease) {
        RenderTask first = run.get(0);
        return pool.preparedQuery("""
                        update render_tasks set lease_until = now() + make_interval(secs => $3)
                        where video_id = $1 and fencing_token = $2 and status = 'running'
                        returning lease_until""")
                .execute(Tuple.of(first.videoId().value(), first.fencingToken(), seconds(lease)))
                .map(rows -> {
                    Instant until = only(rows, run).getOffsetDateTime(0).toInstant();
                    return run.stream().map(task -> task.renewLease(until)).toList();
                });
    }

    /** One round trip: {@code finish_render_tasks} (V21_4) locks the job row, then finishes, counts and reads. */
    @Override
    public Uni<Completion> complete(List<RenderTask> run) {
        return finish(run, "done", null).map(row -> new Completion(row.getBoolean("job_due"),
                new Frames(row.getLong("frames_done"), row.getLong("frames_total")),
                "PROCESSING".equals(row.getString("video_status"))
                        && "RUNNING".equals(row.getString("composition_status"))
                        ? Optional.of(new Progress(Stage.COMPOSITION, Optional.ofNullable(
                                row.getInteger("progress_percent")).orElse(0)))
                        : Optional.empty()));
    }

    @Override
    public Uni<Void> fail(RenderTask task, VideoFailure failure) {
        String lastError = JsonDocuments.write(FailureDocument.of(failure)).encode();
        Optional<Duration> retryIn = failure.retryable() ? backoff.delayAfter(task.attempt()) : Optional.empty();
        if (retryIn.isPresent()) {
            return held("""
                    update render_tasks set status = 'queued', worker_id = null, lease_until = null,
                        available_at = now() + make_interval(secs => $4), last_error = cast(cast($5 as text) as jsonb)
                    where\s""" + HELD + " returning 1", task, seconds(retryIn.get()), lastError).replaceWithVoid();
        }
        // dead counts as finished: the job assembles, encoding what no task made itself (and failing as it fails)
        return finish(List.of(task), "dead", lastError).replaceWithVoid();
    }

    @Override
    public boolean hasAttemptsLeft(RenderTask task) {
        return backoff.allowsAnotherAfter(task.attempt());
    }

    @Override
    public Uni<Void> release(List<RenderTask> run) {
        RenderTask first = run.get(0);
        return pool.preparedQuery("""
                        update render_tasks set status = 'queued', worker_id = null, lease_until = null,
                            available_at = now(), attempt = greatest(attempt - 1, 0)
                        where video_id = $1 and fencing_token = $2 and artefact = any($3) and status = 'running'
                        returning 1""")
                .execute(Tuple.of(first.videoId().value(), first.fencingToken(), artefacts(run)))
                .map(rows -> only(rows, run)).replaceWithVoid();
    }

    /** KEY SHARE, SKIP LOCKED: as a job's fence ({@code PostgresRenderJobQueue.confirmHeld}); any task of the run held. */
    @Override
    public Uni<Void> confirmHeld(List<RenderTask> run) {
        RenderTask first = run.get(0);
        return database.write(session -> session.<Object>createNativeQuery("select fencing_token from render_tasks "
                        + "where video_id = :video and fencing_token = :token "
                        + "and status = 'running' for key share skip locked")
                .setParameter("video", first.videoId().value())
                .setParameter("token", first.fencingToken())
                .getResultList()
                .invoke(rows -> {
                    if (rows.isEmpty()) {
                        throw stale(run);
                    }
                })).replaceWithVoid();
    }

    @Override
    public Uni<Map<VideoId, List<String>>> madeElsewhere(String homeWorker) {
        return reads.madeElsewhere(homeWorker);
    }

    @Override
    public Uni<List<TaskState>> tasksOf(VideoId videoId) {
        return reads.tasksOf(videoId);
    }

    /**
     * Ends a run's held tasks (done or dead) and, if they were the video's last unfinished ones, makes
     * the waiting job due again — the job row locked first, so a job parking at the same moment is seen;
     * every statement of the function with a snapshot of its own (see V21_2, V21_4), in one round trip.
     * Committed without waiting for its WAL flush ({@code synchronous_commit} off for this transaction
     * only, ADR 0024 session 14): a finish lost with PostgreSQL leaves its tasks running under a lease no
     * worker renews, so they are claimed again under a new token and redone (their artefacts are
     * content-addressed), and whatever acted on the finish — the job's claim, which assembles — commits
     * synchronously, which flushes the WAL up to it, this finish's included.
     */
    private Uni<Row> finish(List<RenderTask> run, String outcome, String lastError) {
        RenderTask first = run.get(0);
        return pool.preparedQuery("select f.* from finish_render_tasks($1, $2, $3, $4, $5) f, "
                        + "set_config('synchronous_commit', 'off', true)")
                .execute(Tuple.of(first.videoId().value(), artefacts(run), first.fencingToken(), outcome, lastError))
                .map(rows -> only(rows, run));
    }

    private static String[] artefacts(List<RenderTask> run) {
        return run.stream().map(RenderTask::artefact).toArray(String[]::new);
    }

    /** A statement on the held task (parameters 1–3 are its video, artefact and token): its one row, or stale. */
    private Uni<Row> held(String sql, RenderTask task, Object... more) {
        Tuple parameters = Tuple.of(task.videoId().value(), task.artefact(), task.fencingToken());
        for (Object value : more) {
            parameters.addValue(value);
        }
        return pool.preparedQuery(sql).execute(parameters).map(rows -> only(rows, List.of(task)));
    }

    private static Row only(RowSet<Row> rows, List<RenderTask> run) {
        if (rows.size() == 0) {
            throw stale(run);
        }
        return rows.iterator().next();
    }

    private static RenderTask task(Row row) {
        String spec = row.getString("spec");
        return new RenderTask(new VideoId(row.getUUID("video_id")), row.getString("artefact"),
                row.getLong("fencing_token"), row.getInteger("attempt"), row.getString("worker_id"),
                row.getOffsetDateTime("lease_until").toInstant(), row.getString("trace_context"),
                spec == null ? Optional.empty() : Optional.of(JsonDocuments.read(spec, SpecDocument.class).toSpec()),
                brief(row), row.getBoolean("home"));
    }

    private static byte[] brief(Row row) {
        Buffer brief = row.getBuffer("brief");
        return brief == null ? null : brief.getBytes();
    }

    private static StaleVersionException stale(List<RenderTask> run) {
        RenderTask first = run.get(0);
        return new StaleVersionException("render task " + run.stream().map(RenderTask::artefact)
                .collect(Collectors.joining(", ")) + " of video " + first.videoId()
                + " (fencing token " + first.fencingToken() + ")");
    }
}
