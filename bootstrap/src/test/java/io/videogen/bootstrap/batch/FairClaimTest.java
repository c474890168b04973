package io.videogen.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.videogen.application.port.out.RenderJob;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.bootstrap.api.Accounts;
import io.videogen.bootstrap.api.Accounts.Account;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * One user's long batch does not starve another user's single video: the queue's claim takes the
 * owner with the fewest running renders first (ADR 0015). Jobs are claimed here as workers would
 * claim them, and handed back untouched at the end. The jobs earlier test classes left queued (their
 * videos are never rendered where the tests run no worker) are set aside for the test and put back after
 * it: each of their owners has no render running either, so the claim would hand out one of theirs
 * before either user's, and the test would claim, and hand back, one job per such owner first.
 */
@QuarkusTest
class FairClaimTest {

    private static final Logger LOG = Logger.getLogger(FairClaimTest.class);

    @Inject
    RenderJobQueue queue;
    @Inject
    Pool pool;

    @Test
    void aSingleVideoSubmittedAfterAnotherUsers500RowBatchIsClaimedBeforeTheBatchsSecondVideo() {
        List<UUID> setAside = setAsideTheQueuedJobsOfEarlierTests();
        Account busy = Accounts.signUp();
        Account single = Accounts.signUp();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(Map.of("name", "row " + i, "city", "here"));
        }
        long started = System.nanoTime();
        var batch = busy.request().body(Map.of("spec", BatchApiTest.SPEC, "rows", rows))
                .post("/api/v1/batches").then().statusCode(202).extract().jsonPath();
        LOG.infof("a 500-row batch was created and queued in one transaction in %d ms",
                (System.nanoTime() - started) / 1_000_000);
        List<String> batchVideos = batch.getList("videos.id");
        String lone = single.request().body(Map.of("title", "Mine", "script", "Just one."))
                .post("/api/v1/videos").then().statusCode(202).extract().path("id");

        List<RenderJob> claimed = new ArrayList<>();
        try {
            int batchBefore = 0;
            boolean loneClaimed = false;
            for (int attempt = 0; attempt < 200 && !loneClaimed; attempt++) {
                Optional<RenderJob> job = queue.claim("fairness-test", Duration.ofMinutes(2))
                        .await().atMost(Duration.ofSeconds(10));
                if (job.isEmpty()) {
                    break;
                }
                claimed.add(job.get());
                String video = job.get().videoId().toString();
                loneClaimed = video.equals(lone);
                if (batchVideos.contains(video)) {
                    batchBefore++;
                }
            }
            LOG.infof("%d jobs claimed until the single video (%d of the batch), %d earlier jobs set aside",
                    claimed.size(), batchBefore, setAside.size());
            assertThat(loneClaimed).as("the single video is claimed at all").isTrue();
            // first come, first served would hand out all 500 of the batch first
            assertThat(batchBefore).as("batch videos claimed before the single one").isLessThanOrEqualTo(1);
        } finally {
            for (RenderJob job : claimed) {
                queue.release(job).await().atMost(Duration.ofSeconds(10));
            }
            // leave no 500 queued jobs to the tests that come after
            busy.request().post("/api/v1/batches/" + batch.getString("id") + "/cancel").then().statusCode(202)
                    .body("counts.queued", org.hamcrest.Matchers.equalTo(0));
            single.request().post("/api/v1/videos/" + lone + "/cancel").then().statusCode(202);
            putBack(setAside);
        }
    }

    /** Makes every queued job due a day later; returns their videos. */
    private List<UUID> setAsideTheQueuedJobsOfEarlierTests() {
        List<UUID> videos = new ArrayList<>();
        for (Row row : pool.query("update render_jobs set available_at = available_at + interval '1 day' "
                + "where status = 'queued' returning video_id").execute()
                .await().atMost(Duration.ofSeconds(10))) {
            videos.add(row.getUUID("video_id"));
        }
        Row owners = pool.preparedQuery("select count(distinct owner_id) from videos where id = any($1)")
                .execute(Tuple.of(videos.toArray(UUID[]::new))).await().atMost(Duration.ofSeconds(10)).iterator().next();
        LOG.infof("%d queued jobs of %d owners set aside", videos.size(), owners.getLong(0));
        return videos;
    }

    private void putBack(List<UUID> videos) {
        pool.preparedQuery("update render_jobs set available_at = available_at - interval '1 day' "
                        + "where video_id = any($1)")
                .execute(Tuple.of(videos.toArray(UUID[]::new))).await().atMost(Duration.ofSeconds(10));
    }
}
