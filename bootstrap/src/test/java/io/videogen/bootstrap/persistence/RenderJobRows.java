package io.videogen.bootstrap.persistence;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import io.videogen.domain.video.VideoId;
import java.time.Duration;
import java.util.Optional;

/** Looks at and nudges render_jobs rows directly, to see what the queue stored and to let time pass. */
final class RenderJobRows {

    record Stored(String status, int attempt, long fencingToken, double secondsUntilDue, String lastError) {
    }

    private final Pool pool;

    RenderJobRows(Pool pool) {
        this.pool = pool;
    }

    Optional<Stored> find(VideoId id) {
        RowSet<Row> rows = pool.preparedQuery("""
                        select status, attempt, fencing_token, extract(epoch from (available_at - now()))::float8 as wait,
                               last_error::text as error
                        from render_jobs where video_id = $1""")
                .execute(Tuple.of(id.value())).await().atMost(Duration.ofSeconds(10));
        if (!rows.iterator().hasNext()) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(new Stored(row.getString("status"), row.getInteger("attempt"), row.getLong("fencing_token"),
                row.getDouble("wait"), row.getString("error")));
    }

    /** Makes a job waiting for its retry due now, as if its backoff had passed. */
    void makeDue(VideoId id) {
        pool.preparedQuery("update render_jobs set available_at = now() where video_id = $1")
                .execute(Tuple.of(id.value())).await().atMost(Duration.ofSeconds(10));
    }

    /** Lets this much time pass for a held job's lease, as the database's clock sees it. */
    void passTime(VideoId id, Duration by) {
        pool.preparedQuery("update render_jobs set lease_until = lease_until - make_interval(secs => $2) "
                        + "where video_id = $1")
                .execute(Tuple.of(id.value(), by.toMillis() / 1000.0)).await().atMost(Duration.ofSeconds(10));
    }

    /** The queue hands out the oldest due job of all; each test starts from an empty queue. */
    void clear() {
        pool.query("delete from render_jobs").execute().await().atMost(Duration.ofSeconds(10));
    }
}
