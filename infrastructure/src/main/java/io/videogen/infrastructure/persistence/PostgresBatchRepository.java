package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.BatchRepository;
import io.videogen.domain.batch.Batch;
import io.videogen.domain.batch.BatchCounts;
import io.videogen.domain.batch.BatchId;
import io.videogen.domain.batch.BatchStatus;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.video.VideoId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/** Batches in {@code batches} and {@code batch_videos}; counts are read from {@code videos} (V16_5). */
@ApplicationScoped
class PostgresBatchRepository implements BatchRepository {

    private static final String COLUMNS = "cast(id as text), cast(owner_id as text), status, callback_url, "
            + "cast(extract(epoch from created_at) * 1000 as bigint), cast(extract(epoch from ended_at) * 1000 as bigint)";

    private final Database database;

    PostgresBatchRepository(Database database) {
        this.database = database;
    }

    @Override
    public Uni<Void> add(BatchId id, UserId owner, List<VideoId> videos, Optional<CallbackUrl> callbackUrl,
                         Instant at) {
        return database.write(session -> session.createNativeQuery("""
                        insert into batches (id, owner_id, status, callback_url, created_at)
                        values (:id, :owner, 'running', :callback, :at)""")
                .setParameter("id", id.value())
                .setParameter("owner", owner.value())
                .setParameter("callback", callbackUrl.map(url -> url.uri().toString()).orElse(null))
                .setParameter("at", at.atOffset(ZoneOffset.UTC))
                .executeUpdate()
                .chain(() -> session.createNativeQuery("""
                                insert into batch_videos (batch_id, row_index, video_id)
                                select :id, row_number - 1, video from unnest(cast(:videos as uuid[]))
                                    with ordinality as rows (video, row_number)""")
                        .setParameter("id", id.value())
                        .setParameter("videos", videos.stream().map(VideoId::value).toArray(UUID[]::new))
                        .executeUpdate())).replaceWithVoid();
    }

    @Override
    public Uni<Optional<Batch>> findVisible(BatchId id, Caller caller) {
        String visible = caller.seesEverything() ? "" : " and owner_id = :owner";
        return database.read(session -> {
            Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(
                    "select " + COLUMNS + " from batches where id = :id" + visible, Object[].class);
            query.setParameter("id", id.value());
            if (!caller.seesEverything()) {
                query.setParameter("owner", caller.userId().value());
            }
            return query.getResultList().chain(rows -> withVideos(session, rows))
                    .map(found -> found.stream().findFirst());
        });
    }

    @Override
    public Uni<Page<Batch>> listVisible(Caller caller, PageRequest page) {
        String where = caller.seesEverything() ? "" : " where owner_id = :owner";
        return database.read(session -> {
            Mutiny.SelectionQuery<Long> count = session.createNativeQuery(
                    "select count(*) from batches" + where, Long.class);
            Mutiny.SelectionQuery<Object[]> items = session.createNativeQuery("select " + COLUMNS + " from batches"
                    + where + " order by created_at desc, id desc limit :size offset :offset", Object[].class);
            if (!caller.seesEverything()) {
                count.setParameter("owner", caller.userId().value());
                items.setParameter("owner", caller.userId().value());
            }
            items.setParameter("size", page.size()).setParameter("offset", page.offset());
            return count.getSingleResult().chain(total -> items.getResultList()
                    .chain(rows -> withVideos(session, rows))
                    .map(found -> new Page<>(found, page, ((Number) total).longValue())));
        });
    }

    @Override
    public Uni<Void> markCancelled(BatchId id) {
        return database.write(session -> session.createNativeQuery(
                        "update batches set status = 'cancelled' where id = :id and status = 'running'")
                .setParameter("id", id.value()).executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<List<BatchId>> settleEnded(Instant now) {
        return database.write(session -> session.<String>createNativeQuery("""
                        with ended as (
                            update batches b set ended_at = cast(:now as timestamptz),
                                status = case when b.status = 'running' then 'completed' else b.status end
                            where b.ended_at is null and not exists (
                                select 1 from batch_videos bv join videos v on v.id = bv.video_id
                                where bv.batch_id = b.id and v.status in ('DRAFT', 'QUEUED', 'PROCESSING'))
                            returning b.id, b.owner_id, b.status, b.callback_url, b.created_at),
                        counted as (
                            select gen_random_uuid() as event_id, e.id, e.owner_id, e.status, e.callback_url,
                                e.created_at, count(*) as total,
                                count(*) filter (where v.status = 'COMPLETED') as completed,
                                count(*) filter (where v.status = 'FAILED') as failed,
                                count(*) filter (where v.status = 'CANCELLED' or v.id is null) as cancelled
                            from ended e join batch_videos bv on bv.batch_id = e.id
                                left join videos v on v.id = bv.video_id
                            where e.callback_url is not null
                            group by e.id, e.owner_id, e.status, e.callback_url, e.created_at),
                        hooks as (
                            insert into webhook_deliveries (event_id, video_id, owner_id, event_type, url, body,
                                status, next_attempt_at, created_at)
                            select event_id, id, owner_id, 'batch.completed', callback_url,
                                jsonb_build_object('eventId', event_id, 'type', 'batch.completed', 'createdAt', cast(:now as timestamptz),
                                    'data', jsonb_build_object('id', id, 'status', status, 'total', total,
                                        'counts', jsonb_build_object('queued', 0, 'processing', 0,
                                            'completed', completed, 'failed', failed, 'cancelled', cancelled),
                                        'createdAt', created_at, 'endedAt', cast(:now as timestamptz)))::text,
                                'pending', cast(:now as timestamptz), cast(:now as timestamptz)
                            from counted)
                        select cast(id as text) from ended""", String.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .getResultList()
                .map(ids -> ids.stream().map(BatchId::parse).toList()));
    }

    /** The batches of these rows with their videos in row order and the videos' states counted. */
    private static Uni<List<Batch>> withVideos(Mutiny.Session session, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        UUID[] ids = rows.stream().map(row -> UUID.fromString((String) row[0])).toArray(UUID[]::new);
        return session.createNativeQuery("""
                        select cast(bv.batch_id as text), cast(bv.video_id as text), coalesce(v.status, 'CANCELLED')
                        from batch_videos bv left join videos v on v.id = bv.video_id
                        where bv.batch_id = any(cast(:ids as uuid[])) order by bv.batch_id, bv.row_index""",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .map(videoRows -> {
                    Map<String, List<Object[]>> byBatch = new HashMap<>();
                    videoRows.forEach(row -> byBatch.computeIfAbsent((String) row[0], key -> new ArrayList<>())
                            .add(row));
                    return rows.stream().map(row -> batch(row, byBatch.getOrDefault((String) row[0], List.of())))
                            .toList();
                });
    }

    private static Batch batch(Object[] row, List<Object[]> videos) {
        int[] counts = new int[5];
        videos.forEach(video -> counts[switch ((String) video[2]) {
            case "COMPLETED" -> 2;
            case "FAILED" -> 3;
            case "CANCELLED" -> 4;
            case "PROCESSING" -> 1;
            default -> 0;
        }]++);
        return new Batch(BatchId.parse((String) row[0]), new UserId(UUID.fromString((String) row[1])),
                BatchStatus.valueOf(((String) row[2]).toUpperCase(Locale.ROOT)),
                videos.stream().map(video -> VideoId.parse((String) video[1])).toList(),
                new BatchCounts(counts[0], counts[1], counts[2], counts[3], counts[4]),
                Optional.ofNullable((String) row[3]).map(CallbackUrl::parse),
                Instant.ofEpochMilli(((Number) row[4]).longValue()),
                Optional.ofNullable(row[5]).map(ended -> Instant.ofEpochMilli(((Number) ended).longValue())));
    }
}
