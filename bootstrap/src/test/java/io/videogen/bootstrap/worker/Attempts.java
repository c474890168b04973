package io.videogen.bootstrap.worker;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.videogen.domain.video.VideoId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A video's render attempts as {@code worker:outcome}, in the order they were claimed (render_attempts). */
final class Attempts {

    private Attempts() {
    }

    static List<String> of(Pool pool, VideoId video) {
        List<String> found = new ArrayList<>();
        for (Row row : pool.preparedQuery("select worker_id, outcome from render_attempts where video_id = $1 "
                + "order by fencing_token").execute(Tuple.of(video.value())).await().atMost(Duration.ofSeconds(10))) {
            found.add(row.getString("worker_id") + ":" + row.getString("outcome"));
        }
        return found;
    }
}
