package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.VideoReadModel;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import io.videogen.infrastructure.persistence.RenderStateDocuments.FailureDocument;
import io.videogen.infrastructure.persistence.RenderStateDocuments.ProgressDocument;
import io.videogen.infrastructure.persistence.RenderStateDocuments.StagesDocument;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The video resource's reads as one prepared statement each, straight through the reactive pool
 * (docs/adr/0021): the row, its newest webhook delivery and its provenance joined in PostgreSQL,
 * the jsonb documents read as text and parsed once. No Hibernate session: these rows are only read.
 * Ownership is a condition of every statement unless the caller sees everything, as in {@link OwnedRows}.
 */
@ApplicationScoped
class PostgresVideoReads implements VideoReadModel {

    private static final String COLUMNS = """
            v.id, v.owner_id, v.title, v.status as video_status, cast(v.spec as text) as spec,
            cast(v.stages as text) as stages, cast(v.progress as text) as progress,
            cast(v.failure as text) as failure, v.duration_ms, v.attempt, v.created_at, v.updated_at, v.version,
            w.event_type, w.status, w.attempts, w.last_response_code, w.last_error, w.last_attempt_at,
            w.next_attempt_at""";
    /** The newest delivery of the row {@code v}, as {@link PostgresWebhookDeliveries#latestFor} picks it. */
    private static final String NEWEST_WEBHOOK = """
            left join lateral (
                select event_type, status, attempts, last_response_code, last_error, last_attempt_at, next_attempt_at
                from webhook_deliveries d where d.video_id = v.id order by d.created_at desc limit 1) w on true""";
    private static final String ONE = "select " + COLUMNS + ", cast(p.scenes as text) as provenance from videos v "
            + NEWEST_WEBHOOK + " left join video_provenance p on p.video_id = v.id where v.id = $1";
    private static final String ONE_OWNED = ONE + " and v.owner_id = $2";

    private final Pool pool;

    PostgresVideoReads(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Optional<VideoRead>> findVisible(VideoId id, Caller caller) {
        Uni<RowSet<Row>> rows = caller.seesEverything()
                ? pool.preparedQuery(ONE).execute(Tuple.of(id.value()))
                : pool.preparedQuery(ONE_OWNED).execute(Tuple.of(id.value(), caller.userId().value()));
        return rows.map(found -> found.size() == 0 ? Optional.empty() : Optional.of(read(found.iterator().next(),
                PostgresProvenanceStore.scenes(found.iterator().next().getString("provenance")))));
    }

    /**
     * The count and the page in one statement: the count's single row is joined to the page, so an
     * empty page (or a page past the end) still brings the total, on a row without a video.
     */
    @Override
    public Uni<Page<VideoRead>> listVisible(Caller caller, Optional<VideoStatus> status, PageRequest page) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (!caller.seesEverything()) {
            params.add(caller.userId().value());
            where.append(" and owner_id = $").append(params.size());
        }
        status.ifPresent(wanted -> {
            params.add(wanted.name());
            where.append(" and status = $").append(params.size());
        });
        params.add(page.size());
        params.add(page.offset());
        String sql = "select t.total, " + COLUMNS + " from (select count(*) as total from videos" + where + ") t"
                + " left join lateral (select * from videos" + where + " order by created_at desc, id desc"
                + " limit $" + (params.size() - 1) + " offset $" + params.size() + ") v on true "
                + NEWEST_WEBHOOK + " order by v.created_at desc, v.id desc";
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            long total = 0;
            List<VideoRead> items = new ArrayList<>(rows.size());
            for (Row row : rows) {
                total = row.getLong("total");
                if (row.getUUID("id") != null) {
                    items.add(read(row, List.of()));
                }
            }
            return new Page<>(items, page, total);
        });
    }

    private static VideoRead read(Row row, List<SceneProvenance> provenance) {
        Video video = VideoEntity.restore(row.getUUID("id"), row.getUUID("owner_id"), row.getString("title"),
                row.getString("video_status"), JsonDocuments.read(row.getString("spec"), SpecDocument.class),
                JsonDocuments.read(row.getString("stages"), StagesDocument.class),
                JsonDocuments.read(row.getString("progress"), ProgressDocument.class),
                JsonDocuments.read(row.getString("failure"), FailureDocument.class), row.getLong("duration_ms"),
                row.getInteger("attempt"), instant(row.getOffsetDateTime("created_at")),
                instant(row.getOffsetDateTime("updated_at")), row.getLong("version"));
        return new VideoRead(video, Optional.ofNullable(row.getString("event_type") == null ? null
                : PostgresWebhookDeliveries.log(row)), provenance);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
