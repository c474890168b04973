package io.videogen.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/videos/{id}} answered from memory between changes (docs/adr/0054): what a
 * test writes "silently" (with the notifying trigger disabled, so only a read from PostgreSQL could
 * show it) tells a kept read from a fresh one. Every other change shows at once, or as soon as its
 * notification arrives.
 */
@QuarkusTest
@TestProfile(VideoReadCacheTest.ReadCache.class)
class VideoReadCacheTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /** The cache on, as in production. */
    public static final class ReadCache implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("videogen.api.read-cache.enabled", "true");
        }
    }

    @Inject
    Pool pool;

    @Test
    void aReadIsKeptUntilPostgresNotifiesAChangeOfTheVideo() {
        Accounts.Account ana = Accounts.signUp();
        String id = VideoApiTest.create(ana, VideoApiTest.request("Kept"));
        awaitKept(ana, id);

        silently(id, "Unheard");
        assertThat(title(ana, id)).as("a change nobody notified is not read again").isEqualTo("Kept");

        sql("update videos set title = 'Heard' where id = $1", id);
        eventually("the notified change shows", () -> title(ana, id).equals("Heard"));
        awaitKept(ana, id);
        sql("insert into video_provenance (video_id, scenes, updated_at) values ($1, '{\"scenes\": [{\"scene\": 0,"
                + " \"voiceProvider\": \"marytts\", \"voiceId\": \"en-a\", \"voiceFallback\": false}]}', now())", id);
        eventually("a change of the provenance shows", () -> ana.request().get("/api/v1/videos/" + id).then()
                .statusCode(200).extract().jsonPath().getList("provenance").size() == 1);
    }

    /**
     * With the trigger off no notification comes: only the hold that a write of this process puts on
     * its video keeps a read made before its commit from being served after it.
     */
    @Test
    void aChangeMadeThroughThisProcessShowsAtOnceWithoutItsNotification() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        String id = VideoApiTest.create(ana, VideoApiTest.request("Round 0"));
        awaitKept(ana, id);
        AtomicBoolean reading = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(3);
        sql("alter table videos disable trigger videos_notify_changed");
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                running.add(readers.submit(() -> {
                    while (reading.get()) {
                        ana.request().get("/api/v1/videos/" + id).then().statusCode(200);
                    }
                }));
            }
            for (int round = 1; round <= 5; round++) {
                String etag = ana.request().get("/api/v1/videos/" + id).then().statusCode(200).extract()
                        .header("ETag");
                ana.request().header("If-Match", etag).body(Map.of("title", "Round " + round))
                        .patch("/api/v1/videos/" + id).then().statusCode(200);
                ana.request().get("/api/v1/videos/" + id).then().statusCode(200)
                        .body("title", equalTo("Round " + round));
            }
            reading.set(false);
            for (Future<?> reader : running) {
                reader.get();
            }
            ana.request().delete("/api/v1/videos/" + id).then().statusCode(204);
            ana.request().get("/api/v1/videos/" + id).then().statusCode(404);
        } finally {
            reading.set(false);
            readers.shutdownNow();
            sql("alter table videos enable trigger videos_notify_changed");
        }
    }

    @Test
    void aKeptReadIsShownToItsOwnerOnly() {
        Accounts.Account ana = Accounts.signUp();
        Accounts.Account bob = Accounts.signUp();
        String id = VideoApiTest.create(ana, VideoApiTest.request("Ana's"));
        awaitKept(ana, id);

        bob.request().get("/api/v1/videos/" + id).then().statusCode(404);
        ana.request().get("/api/v1/videos/" + id).then().statusCode(200).body("title", equalTo("Ana's"));
    }

    @Test
    void whileTheListeningConnectionIsDownEveryReadGoesToPostgres() {
        Accounts.Account ana = Accounts.signUp();
        String id = VideoApiTest.create(ana, VideoApiTest.request("Before"));
        awaitKept(ana, id);

        long ended = pool.preparedQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                + " where query = 'LISTEN \"videogen_video_rows\"'").execute().await().atMost(PATIENCE)
                .iterator().next().getLong(0);
        assertThat(ended).as("the listening connection").isPositive();
        silently(id, "Read while deaf");
        eventually("a read goes to PostgreSQL", () -> title(ana, id).equals("Read while deaf"));

        // a new connection listens again, and reads are kept again
        awaitKept(ana, id);
    }

    /**
     * Waits until a read of the video is kept: reads it, changes it silently, and reads it again
     * until the silent change does not show (the first reads may come before the process listens).
     */
    private void awaitKept(Accounts.Account account, String id) {
        eventually("a read is kept", () -> {
            String before = title(account, id);
            title(account, id);
            silently(id, before + ".");
            return title(account, id).equals(before);
        });
    }

    private static String title(Accounts.Account account, String id) {
        return account.request().get("/api/v1/videos/" + id).then().statusCode(200).extract().path("title");
    }

    /** Changes the title with the notifying trigger off, in one transaction: no notification is sent. */
    private void silently(String id, String title) {
        pool.withTransaction(connection -> connection.query("alter table videos disable trigger videos_notify_changed")
                        .execute()
                        .chain(() -> connection.preparedQuery("update videos set title = $1 where id = $2")
                                .execute(Tuple.of(title, UUID.fromString(id))))
                        .chain(() -> connection.query("alter table videos enable trigger videos_notify_changed")
                                .execute()))
                .await().atMost(PATIENCE);
    }

    private void sql(String statement, String id) {
        pool.preparedQuery(statement).execute(Tuple.of(UUID.fromString(id))).await().atMost(PATIENCE);
    }

    private void sql(String statement) {
        pool.query(statement).execute().await().atMost(PATIENCE);
    }

    private static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as(what + " within " + PATIENCE).isNegative();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
