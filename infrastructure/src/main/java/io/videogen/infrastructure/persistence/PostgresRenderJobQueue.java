package io.videogen.infrastructure.persistence;

import static io.videogen.infrastructure.persistence.QueueValues.number;
import static io.videogen.infrastructure.persistence.QueueValues.seconds;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.RenderJob;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import io.videogen.infrastructure.persistence.RenderStateDocuments.FailureDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The render queue as rows of {@code render_jobs}, written with native SQL through the same
 * Hibernate Reactive session as the repositories: enqueue() called inside the transaction that
 * saves a video commits or rolls back with it. Claiming uses {@code FOR UPDATE SKIP LOCKED}, so
 * any number of workers in any number of pods take different jobs without waiting on each other.
 * A finished job is deleted; a job that gave up stays as {@code dead} with its last error.
 * Fencing tokens come from the sequence {@code render_fencing_tokens}, so no token is ever handed
 * out twice, and every claim is logged in {@code render_attempts} with how it ended.
 */
@ApplicationScoped
class PostgresRenderJobQueue implements RenderJobQueue {

    private static final String JOB_COLUMNS = "cast(video_id as text), fencing_token, attempt, worker_id, "
            + "cast(extract(epoch from lease_until) * 1000 as bigint), trace_context";

    private final Database database;
    private final RetryBackoff backoff;
    private final Duration homeWorkerGrace;

    PostgresRenderJobQueue(Database database, QueueConfig config) {
        this.database = database;
        this.backoff = RetryBackoff.configured(config);
        this.homeWorkerGrace = config.homeWorkerGrace();
    }

    /** A new job, or a reset one; the fencing token still grows, so a worker holding the old run is fenced off. */
    @Override
    public Uni<Void> enqueue(VideoId videoId, String traceContext) {
        // a job queued again starts without the tasks of its earlier run (their artefacts stay shared)
        return database.write(session -> session.createNativeQuery("""
                        with cleared as (delete from render_tasks where video_id = :video)
                        insert into render_jobs (video_id, status, attempt, fencing_token, available_at, trace_context, created_at)
                        values (:video, 'queued', 0, nextval('render_fencing_tokens'), now(), :trace, now())
                        on conflict (video_id) do update set status = 'queued', attempt = 0,
                            fencing_token = nextval('render_fencing_tokens'), worker_id = null, home_worker = null,
                            lease_until = null, available_at = now(), last_error = null,
                            trace_context = excluded.trace_context""")
                .setParameter("video", videoId.value())
                .setParameter("trace", traceContext)
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Optional<RenderJob>> claim(String workerId, Duration lease) {
        return database.write(session -> session.<Object[]>createNativeQuery("""
                        with claimed as (
                            update render_jobs set status = 'running', worker_id = :worker, home_worker = null,
                                lease_until = now() + make_interval(secs => :lease),
                                fencing_token = nextval('render_fencing_tokens'), attempt = attempt + 1
                            where video_id = (
                                -- fair between owners (ADR 0015): the owner with the fewest renders
                                -- running goes first, then the oldest due job
                                select j.video_id from render_jobs j left join videos v on v.id = j.video_id
                                where (j.status = 'queued' and j.available_at <= now()
                                       -- a fanned-out job due to assemble: its own worker's first
                                       and (j.home_worker is null or j.home_worker = :worker
                                            or j.available_at <= now() - make_interval(secs => :grace)))
                                   or (j.status = 'running' and j.lease_until < now())
                                order by (select count(*) from render_jobs r join videos rv on rv.id = r.video_id
                                          where r.status = 'running' and r.lease_until >= now()
                                            and rv.owner_id = v.owner_id),
                                    j.available_at
                                limit 1
                                for update of j skip locked)
                            returning *),
                        logged as (
                            insert into render_attempts (video_id, fencing_token, attempt, worker_id)
                            select video_id, fencing_token, attempt, worker_id from claimed)
                        select\s""" + JOB_COLUMNS + " from claimed")
                .setParameter("worker", workerId)
                .setParameter("lease", seconds(lease))
                .setParameter("grace", seconds(homeWorkerGrace))
                .getResultList()
                .map(rows -> rows.stream().findFirst().map(PostgresRenderJobQueue::job)));
    }

    @Override
    public Uni<RenderJob> renewLease(RenderJob job, Duration lease) {
        return database.write(session -> session.<Object>createNativeQuery("""
                        update render_jobs set lease_until = now() + make_interval(secs => :lease)
                        where video_id = :video and fencing_token = :token and status = 'running'
                        returning cast(extract(epoch from lease_until) * 1000 as bigint)""")
                .setParameter("lease", seconds(lease))
                .setParameter("video", job.videoId().value())
                .setParameter("token", job.fencingToken())
                .getResultList()
                .map(rows -> job.renewLease(Instant.ofEpochMilli(number(single(rows, job)).longValue()))));
    }

    /** The job's tasks stay, done, as the record of who made what (as render_attempts does for claims). */
    @Override
    public Uni<Void> complete(RenderJob job) {
        return changeHeld(job, "delete from render_jobs where video_id = :video and fencing_token = :token",
                "completed", ignored -> { });
    }

    /**
     * The job's row is locked first (NO KEY UPDATE, as a finishing task locks it), then the tasks are
     * counted in a statement of their own, which sees every task finished before the lock was had:
     * so either this park sees the last task done, or that task's finish sees the job waiting.
     */
    @Override
    public Uni<Boolean> awaitTasks(RenderJob job) {
        return database.write(session -> session.<Object>createNativeQuery("""
                        select fencing_token from render_jobs
                        where video_id = :video and fencing_token = :token and status = 'running'
                        for no key update""")
                .setParameter("video", job.videoId().value())
                .setParameter("token", job.fencingToken())
                .getResultList()
                .invoke(rows -> requireHeld(rows.size(), job))
                .chain(() -> session.<Object>createNativeQuery("""
                        select count(*) from render_tasks
                        where video_id = :video and status in ('queued', 'running')""")
                        .setParameter("video", job.videoId().value())
                        .getResultList())
                .chain(rows -> {
                    boolean waits = number(single(rows, job)).longValue() > 0;
                    return changeHeld(job, """
                            update render_jobs set status = :parked, home_worker = worker_id, worker_id = null,
                                lease_until = null,
                                available_at = now(), attempt = greatest(attempt - 1, 0)
                            where video_id = :video and fencing_token = :token and status = 'running'""",
                            "waiting", query -> query.setParameter("parked", waits ? "waiting" : "queued"))
                            .replaceWith(waits);
                }));
    }

    /** Non-retryable failures and the last allowed attempt end the job as dead; others wait and run again. */
    @Override
    public Uni<Void> fail(RenderJob job, VideoFailure failure) {
        String lastError = JsonDocuments.write(FailureDocument.of(failure)).encode();
        Optional<Duration> retryIn = failure.retryable() ? backoff.delayAfter(job.attempt()) : Optional.empty();
        // the text cast makes PostgreSQL parse the JSON; a parameter typed jsonb would store one JSON string
        String sql = retryIn.isPresent()
                ? """
                  update render_jobs set status = 'queued', worker_id = null, lease_until = null,
                      available_at = now() + make_interval(secs => :delay), last_error = cast(cast(:error as text) as jsonb)
                  where video_id = :video and fencing_token = :token"""
                : """
                  update render_jobs set status = 'dead', worker_id = null, lease_until = null,
                      last_error = cast(cast(:error as text) as jsonb)
                  where video_id = :video and fencing_token = :token""";
        return changeHeld(job, sql, retryIn.isPresent() ? "retry" : "dead", query -> {
            retryIn.ifPresent(delay -> query.setParameter("delay", seconds(delay)));
            query.setParameter("error", lastError);
        });
    }

    @Override
    public boolean hasAttemptsLeft(RenderJob job) {
        return backoff.allowsAnotherAfter(job.attempt());
    }

    @Override
    public Uni<Void> release(RenderJob job) {
        return changeHeld(job, """
                update render_jobs set status = 'queued', worker_id = null, lease_until = null, available_at = now(),
                    attempt = greatest(attempt - 1, 0)
                where video_id = :video and fencing_token = :token and status = 'running'""", "released", ignored -> { });
    }

    /**
     * KEY SHARE is the weakest lock that still keeps the row from being claimed (claimers lock with
     * FOR UPDATE and skip it) or withdrawn (DELETE) until this transaction ends, while the worker's
     * own heartbeat (a plain UPDATE) goes on unhindered. SKIP LOCKED: a row someone is withdrawing
     * or claiming right now is as good as lost, and waiting for it could deadlock with a cancel
     * that saves the video first and withdraws the job second.
     */
    @Override
    public Uni<Void> confirmHeld(RenderJob job) {
        return database.write(session -> session.<Object>createNativeQuery("""
                        select fencing_token from render_jobs
                        where video_id = :video and fencing_token = :token and status = 'running'
                        for key share skip locked""")
                .setParameter("video", job.videoId().value())
                .setParameter("token", job.fencingToken())
                .getResultList()
                .invoke(rows -> requireHeld(rows.size(), job))).replaceWithVoid();
    }

    @Override
    public Uni<Void> withdraw(VideoId videoId) {
        return database.write(session -> session.createNativeQuery("""
                        with withdrawn as (delete from render_jobs where video_id = :video returning fencing_token),
                        -- every task of the video goes with it: their holders' next heartbeat finds them gone
                        tasks as (delete from render_tasks where video_id = :video)
                        update render_attempts set finished_at = now(), outcome = 'withdrawn'
                        where video_id = :video and outcome is null
                          and fencing_token in (select fencing_token from withdrawn)""")
                .setParameter("video", videoId.value())
                .executeUpdate()).replaceWithVoid();
    }

    /**
     * Runs a statement on the job this worker holds (fenced by its token) and records how the
     * attempt ended, in one statement; fails with {@link StaleVersionException} when the job was
     * taken over or withdrawn.
     */
    private Uni<Void> changeHeld(RenderJob job, String statement, String outcome,
                                 Consumer<Mutiny.Query<Object>> parameters) {
        String sql = "with changed as (" + statement + " returning video_id), "
                + "logged as (update render_attempts set finished_at = now(), outcome = :outcome "
                + "where video_id = :video and fencing_token = :token and exists (select 1 from changed)) "
                + "select count(*) from changed";
        return database.write(session -> {
            Mutiny.Query<Object> query = session.<Object>createNativeQuery(sql);
            parameters.accept(query);
            return query.setParameter("outcome", outcome)
                    .setParameter("video", job.videoId().value())
                    .setParameter("token", job.fencingToken())
                    .getResultList()
                    .invoke(rows -> requireHeld(number(single(rows, job)).intValue(), job));
        }).replaceWithVoid();
    }

    private static RenderJob job(Object[] row) {
        return new RenderJob(new VideoId(UUID.fromString((String) row[0])), number(row[1]).longValue(),
                number(row[2]).intValue(), (String) row[3], Instant.ofEpochMilli(number(row[4]).longValue()),
                (String) row[5]);
    }

    private static Object single(List<Object> rows, RenderJob job) {
        if (rows.isEmpty()) {
            throw stale(job);
        }
        Object value = rows.get(0);
        // Hibernate hands a one-column row back either bare or as a one-element array
        return value instanceof Object[] array ? array[0] : value;
    }

    private static void requireHeld(int rows, RenderJob job) {
        if (rows == 0) {
            throw stale(job);
        }
    }

    private static StaleVersionException stale(RenderJob job) {
        return new StaleVersionException("render job of video " + job.videoId() + " (fencing token "
                + job.fencingToken() + ")");
    }

}
