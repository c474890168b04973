package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.WebhookDeliveries;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.VideoId;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The webhook outbox in {@code webhook_deliveries}. {@link #schedule} joins the transaction of the
 * use case that changed the video (docs/adr/0008); the rest is the senders' side, in native SQL
 * like the render queue: due rows are claimed with {@code FOR UPDATE SKIP LOCKED}
 * and a lease, and a result is recorded only under the lease it was sent with.
 */
@ApplicationScoped
class PostgresWebhookDeliveries implements WebhookDeliveries {

    private static final int MAX_ERROR_LENGTH = 500;

    private final Database database;
    private final Pool pool;

    PostgresWebhookDeliveries(Database database, Pool pool) {
        this.database = database;
        this.pool = pool;
    }

    @Override
    public Uni<Void> schedule(Scheduled delivery) {
        return database.write(session -> session.createNativeQuery("""
                        insert into webhook_deliveries (event_id, video_id, owner_id, event_type, url, body, status,
                            attempts, next_attempt_at, created_at)
                        values (:event, :video, :owner, :type, :url, :body, 'pending', 0, now(), now())""")
                .setParameter("event", delivery.eventId())
                .setParameter("video", delivery.video().value())
                .setParameter("owner", delivery.owner().value())
                .setParameter("type", delivery.type())
                .setParameter("url", delivery.url().toString())
                .setParameter("body", delivery.body())
                .executeUpdate()
                .replaceWithVoid());
    }

    @Override
    public Uni<List<Claimed>> claimDue(int limit, Duration lease) {
        UUID claim = UUID.randomUUID();
        return database.write(session -> session.<Object[]>createNativeQuery("""
                        update webhook_deliveries set attempts = attempts + 1, claim_id = :claim,
                            last_attempt_at = now(), next_attempt_at = now() + make_interval(secs => :lease)
                        where event_id in (
                            select event_id from webhook_deliveries
                            where status = 'pending' and next_attempt_at <= now()
                            order by next_attempt_at
                            limit :limit
                            for update skip locked)
                        returning cast(event_id as text), cast(video_id as text), cast(owner_id as text), event_type,
                            url, body, attempts""")
                .setParameter("claim", claim)
                .setParameter("lease", lease.toMillis() / 1000.0)
                .setParameter("limit", limit)
                .getResultList()
                .map(rows -> rows.stream().map(row -> new Claimed(UUID.fromString((String) row[0]), claim,
                        new VideoId(UUID.fromString((String) row[1])), new UserId(UUID.fromString((String) row[2])),
                        (String) row[3], URI.create((String) row[4]), (String) row[5],
                        ((Number) row[6]).intValue())).toList()));
    }

    @Override
    public Uni<Boolean> record(Claimed delivery, Attempt attempt, Outcome outcome, Optional<Duration> retryIn) {
        if (outcome == Outcome.RETRYING && retryIn.isEmpty()) {
            throw new IllegalArgumentException("a delivery that is tried again needs a delay");
        }
        // missing values are written as SQL null rather than bound: an untyped null parameter has no type
        String sql = "update webhook_deliveries set status = :status, claim_id = null, "
                + "last_response_code = " + (attempt.responseCode().isPresent() ? ":code" : "null") + ", "
                + "last_error = " + (attempt.error().isPresent() ? ":error" : "null") + ", "
                + "next_attempt_at = " + (outcome == Outcome.RETRYING ? "now() + make_interval(secs => :delay)" : "null")
                + " where event_id = :event and claim_id = :claim";
        // apart: the attempts of one round are recorded side by side, each in its own transaction
        return database.writeApart(session -> {
            Mutiny.Query<Object> query = session.createNativeQuery(sql);
            query.setParameter("status", outcome == Outcome.RETRYING ? "pending" : outcome.name().toLowerCase(Locale.ROOT));
            attempt.responseCode().ifPresent(code -> query.setParameter("code", code));
            attempt.error().ifPresent(error -> query.setParameter("error", shorten(error)));
            retryIn.filter(ignored -> outcome == Outcome.RETRYING)
                    .ifPresent(delay -> query.setParameter("delay", delay.toMillis() / 1000.0));
            return query.setParameter("event", delivery.eventId())
                    .setParameter("claim", delivery.claim())
                    .executeUpdate();
        }).map(rows -> rows == 1);
    }

    /**
     * Straight through the pool, outside Hibernate: every read of a video asks this, and Hibernate
     * planned the native query afresh each time (its plan cache never matched the query's implicit
     * result mapping, so it filled up with entries of equal hash and each lookup walked them).
     */
    @Override
    public Uni<Map<VideoId, Log>> latestFor(Collection<VideoId> videos) {
        if (videos.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        UUID[] ids = videos.stream().map(VideoId::value).toArray(UUID[]::new);
        return pool.preparedQuery("""
                        select distinct on (video_id) video_id, event_type, status, attempts, last_response_code,
                            last_error, last_attempt_at, next_attempt_at
                        from webhook_deliveries
                        where video_id = any($1)
                        order by video_id, created_at desc""")
                .execute(Tuple.of(ids))
                .map(rows -> {
                    Map<VideoId, Log> logs = new HashMap<>();
                    for (Row row : rows) {
                        logs.put(new VideoId(row.getUUID("video_id")), log(row));
                    }
                    return logs;
                });
    }

    /**
     * A delivery from a row with its columns {@code event_type, status, attempts, last_response_code,
     * last_error, last_attempt_at, next_attempt_at} (also {@link PostgresVideoReads}'s).
     */
    static Log log(Row row) {
        Status status = Status.valueOf(row.getString("status").toUpperCase(Locale.ROOT));
        return new Log(row.getString("event_type"), status, row.getInteger("attempts"),
                row.getInteger("last_response_code"), row.getString("last_error"),
                instant(row.getOffsetDateTime("last_attempt_at")),
                status == Status.PENDING ? instant(row.getOffsetDateTime("next_attempt_at")) : null);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String shorten(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
