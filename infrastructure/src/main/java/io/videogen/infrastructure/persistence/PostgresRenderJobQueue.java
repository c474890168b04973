package io.videogen.infrastructure.persistence;

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
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The render queue as rows of {@code render_jobs}, written with native SQL through the same
 * Hibernate Reactive session as the repositories: enqueue() called inside the transaction that
 * saves a video commits or rolls back with it. Claiming uses {@code FOR UPDATE SKIP LOCKED}, so
 * any number of workers in any number of pods take different jobs without waiting on each other.
 * A finished job is deleted; a job that gave up stays as {@code dead} with its last error.
 */
@ApplicationScoped
class PostgresRenderJobQueue implements RenderJobQueue {

    private static final String JOB_COLUMNS = "cast(video_id as text), fencing_token, attempt, worker_id, "
            + "cast(extract(epoch from lease_until) * 1000 as bigint), trace_context";

    private final Database database;
    private final RetryBackoff backoff;

    PostgresRenderJobQueue(Database database, QueueConfig config) {
        this.database = database;
        this.backoff = new RetryBackoff(config.backoffBase(), config.backoffCap(), config.maxAttempts(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** A new job, or a reset one; the fencing token still grows, so a worker holding the old run is fenced off. */
    @Override
    public Uni<Void> enqueue(VideoId videoId, String traceContext) {
        return database.write(session -> session.createNativeQuery("""
                        insert into render_jobs (video_id, status, attempt, fencing_token, available_at, trace_context, created_at)
                        values (:video, 'queued', 0, 0, now(), :trace, now())
                        on conflict (video_id) do update set status = 'queued', attempt = 0,
                            fencing_token = render_jobs.fencing_token + 1, worker_id = null, lease_until = null,
                            available_at = now(), last_error = null, trace_context = excluded.trace_context""")
                .setParameter("video", videoId.value())
                .setParameter("trace", traceContext)
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Optional<RenderJob>> claim(String workerId, Duration lease) {
        return database.write(session -> session.<Object[]>createNativeQuery("""
                        update render_jobs set status = 'running', worker_id = :worker,
                            lease_until = now() + make_interval(secs => :lease),
                            fencing_token = fencing_token + 1, attempt = attempt + 1
                        where video_id = (
                            select video_id from render_jobs
                            where (status = 'queued' and available_at <= now())
                               or (status = 'running' and lease_until < now())
                            order by available_at
                            limit 1
                            for update skip locked)
                        returning\s""" + JOB_COLUMNS)
                .setParameter("worker", workerId)
                .setParameter("lease", seconds(lease))
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

    @Override
    public Uni<Void> complete(RenderJob job) {
        return database.write(session -> session.createNativeQuery(
                        "delete from render_jobs where video_id = :video and fencing_token = :token")
                .setParameter("video", job.videoId().value())
                .setParameter("token", job.fencingToken())
                .executeUpdate()
                .invoke(rows -> requireHeld(rows, job))).replaceWithVoid();
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
        return database.write(session -> {
            Mutiny.Query<Object> update = session.createNativeQuery(sql);
            retryIn.ifPresent(delay -> update.setParameter("delay", seconds(delay)));
            return update.setParameter("error", lastError)
                    .setParameter("video", job.videoId().value())
                    .setParameter("token", job.fencingToken())
                    .executeUpdate()
                    .invoke(rows -> requireHeld(rows, job));
        }).replaceWithVoid();
    }

    @Override
    public Uni<Void> withdraw(VideoId videoId) {
        return database.write(session -> session.createNativeQuery("delete from render_jobs where video_id = :video")
                .setParameter("video", videoId.value())
                .executeUpdate()).replaceWithVoid();
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

    private static Number number(Object value) {
        return (Number) value;
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
