package io.videogen.infrastructure.persistence;

import static io.videogen.infrastructure.persistence.QueueValues.number;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.RenderTaskQueue.TaskState;
import io.videogen.application.port.out.TaskOrder;
import io.videogen.domain.video.VideoId;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the task queue reads about videos' tasks without taking or changing any (ADR 0024). */
final class RenderTaskReads {

    private final Database database;
    private final Pool pool;

    RenderTaskReads(Database database, Pool pool) {
        this.database = database;
        this.pool = pool;
    }

    /** One autocommit statement through the pool: the worker's waiting jobs, each with what others made for it. */
    Uni<Map<VideoId, List<String>>> madeElsewhere(String homeWorker) {
        return pool.preparedQuery("""
                        select j.video_id, t.artefact from render_jobs j
                        left join render_tasks t on t.video_id = j.video_id and t.status = 'done' and t.done_by <> $1
                        where j.home_worker = $1 and j.status = 'waiting'""")
                .execute(Tuple.of(homeWorker))
                .map(rows -> {
                    Map<VideoId, List<String>> made = new LinkedHashMap<>();
                    for (Row row : rows) {
                        List<String> artefacts = made.computeIfAbsent(new VideoId(row.getUUID("video_id")),
                                video -> new ArrayList<>());
                        if (row.getString("artefact") != null) {
                            artefacts.add(row.getString("artefact"));
                        }
                    }
                    return made;
                });
    }

    /** A video's tasks and where each stands. */
    Uni<List<TaskState>> tasksOf(VideoId videoId) {
        return database.read(session -> session.<Object[]>createNativeQuery("""
                        select artefact, kind, scene_index, status, attempt, coalesce(done_by, worker_id) from render_tasks
                        where video_id = :video order by scene_index, artefact""")
                .setParameter("video", videoId.value())
                .getResultList()
                .map(rows -> rows.stream().map(row -> new TaskState((String) row[0],
                        TaskOrder.Kind.valueOf(((String) row[1]).toUpperCase(Locale.ROOT)), number(row[2]).intValue(),
                        (String) row[3], number(row[4]).intValue(), (String) row[5])).toList()));
    }
}
