package io.videogen.bootstrap.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.videogen.application.render.RenderVideoService;
import io.videogen.application.service.VideoChanges;
import io.videogen.bootstrap.api.Accounts;
import io.videogen.bootstrap.api.Accounts.Account;
import io.videogen.bootstrap.worker.ByHand;
import io.videogen.bootstrap.worker.Eventually;
import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks through the real stack: videos created over REST with a callback URL on a local
 * receiver, taken to a final state by the application's use cases, delivered from the PostgreSQL
 * outbox by the poller. The test profile allows loopback callbacks and retries quickly.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RenderVideoService renders;
    @Inject
    io.videogen.application.port.out.VideoRepository videos;
    @Inject
    io.videogen.application.port.out.TransactionRunner transactions;
    @Inject
    VideoChanges changes;

    private Receiver receiver;
    private Account ana;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
        ana = Accounts.signUp();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void aCancelledVideoPostsASignedVideoCancelledWithTheVideoResource() throws Exception {
        String secret = secretOf(ana);
        String id = create(ana, receiver.url("/hooks/cancelled"), "Cancel me");

        ana.request().post("/api/v1/videos/" + id + "/cancel").then().statusCode(202);

        Receiver.Request hook = receiver.next("/hooks/cancelled", PATIENCE);
        assertThat(hook).as("the webhook arrived").isNotNull();
        assertSignedWith(secret, hook);
        JsonNode body = JSON.readTree(hook.body());
        assertThat(body.get("type").asText()).isEqualTo("video.cancelled");
        assertThat(body.get("eventId").asText()).isEqualTo(hook.eventId());
        assertThat(Instant.parse(body.get("createdAt").asText())).isNotNull();
        assertThat(body.get("data").get("id").asText()).isEqualTo(id);
        assertThat(body.get("data").get("status").asText()).isEqualTo("cancelled");
        assertThat(hook.host()).isEqualTo("127.0.0.1:" + receiver.port());

        JsonPath shown = awaitWebhook(ana, id, log -> "delivered".equals(log.getString("webhook.status")));
        assertThat(shown.getString("webhook.event")).isEqualTo("video.cancelled");
        assertThat(shown.getInt("webhook.attempts")).isEqualTo(1);
        assertThat(shown.getInt("webhook.lastResponseCode")).isEqualTo(204);
        assertThat(shown.getString("webhook.lastAttemptAt")).isNotBlank();
        ObjectNode resource = (ObjectNode) JSON.readTree(shown.prettify());
        resource.remove("webhook");
        resource.remove("provenance"); // who made each scene is told by GET of one video only, not by webhooks
        assertThat(body.get("data")).as("data is the video resource as the API shows it").isEqualTo(resource);

        // the retry's answer still shows the log of the attempt it replaces, like GET does
        ana.request().post("/api/v1/videos/" + id + "/retry").then().statusCode(202)
                .body("status", equalTo("queued"))
                .body("webhook.event", equalTo("video.cancelled"))
                .body("webhook.status", equalTo("delivered"));
    }

    @Test
    void deletingAVideoStillInTheQueuePostsVideoCancelled() throws Exception {
        String id = create(ana, receiver.url("/hooks/deleted"), "Delete me");

        ana.request().delete("/api/v1/videos/" + id).then().statusCode(204);

        Receiver.Request hook = receiver.next("/hooks/deleted", PATIENCE);
        assertThat(hook).as("the webhook arrived although the video is gone").isNotNull();
        JsonNode body = JSON.readTree(hook.body());
        assertThat(body.get("type").asText()).isEqualTo("video.cancelled");
        assertThat(body.get("data").get("id").asText()).isEqualTo(id);
        ana.request().get("/api/v1/videos/" + id).then().statusCode(404);
    }

    @Test
    void aCompletedVideoPostsVideoCompleted() throws Exception {
        String secret = secretOf(ana);
        String id = create(ana, receiver.url("/hooks/completed"), "Render me");

        renders.render(VideoId.parse(id), null,
                ByHand.claim()).await().atMost(Duration.ofMinutes(3));

        Receiver.Request hook = receiver.next("/hooks/completed", PATIENCE);
        assertThat(hook).as("the webhook arrived").isNotNull();
        assertSignedWith(secret, hook);
        JsonNode data = JSON.readTree(hook.body()).get("data");
        assertThat(JSON.readTree(hook.body()).get("type").asText()).isEqualTo("video.completed");
        assertThat(data.get("status").asText()).isEqualTo("completed");
        assertThat(data.get("durationMs").asLong()).isPositive();
        assertThat(data.get("outputs").get("video").asText()).isEqualTo("/api/v1/videos/" + id + "/file");
    }

    @Test
    void aFailedVideoPostsVideoFailedWithItsError() throws Exception {
        String secret = secretOf(ana);
        String id = create(ana, receiver.url("/hooks/failed"), "Fail me");

        // a render that failed for good on the voice: the video saved failed
        VideoFailure failure = new VideoFailure(Stage.VOICE, FailureCode.SPEECH_SYNTHESIS_FAILED,
                "the voice engine gave up", false, null);
        transactions.inTransaction(() -> videos.findById(VideoId.parse(id)).chain(found -> {
            io.videogen.domain.video.Video video = found.orElseThrow();
            return changes.save(video, List.of(video.fail(failure, Instant.now())));
        })).await().atMost(PATIENCE);

        Receiver.Request hook = receiver.next("/hooks/failed", PATIENCE);
        assertThat(hook).as("the webhook arrived").isNotNull();
        assertSignedWith(secret, hook);
        JsonNode body = JSON.readTree(hook.body());
        assertThat(body.get("type").asText()).isEqualTo("video.failed");
        assertThat(body.get("data").get("status").asText()).isEqualTo("failed");
        assertThat(body.get("data").get("error").get("code").asText()).isEqualTo("SPEECH_SYNTHESIS_FAILED");
    }

    @Test
    void aReceiverFailingTwiceGetsTheSameEventThreeTimesAndTheLogSaysSo() throws Exception {
        receiver.answer("/hooks/flaky", 500, 500, 200);
        String secret = secretOf(ana);
        String id = create(ana, receiver.url("/hooks/flaky"), "Flaky receiver");

        ana.request().post("/api/v1/videos/" + id + "/cancel").then().statusCode(202);

        Receiver.Request first = receiver.expect("/hooks/flaky", PATIENCE, "the first attempt, answered 500");
        Receiver.Request second = receiver.expect("/hooks/flaky", PATIENCE, "the second attempt, answered 500");
        Receiver.Request third = receiver.expect("/hooks/flaky", PATIENCE, "the third attempt, answered 200");
        assertThat(second.eventId()).isEqualTo(first.eventId());
        assertThat(third.eventId()).isEqualTo(first.eventId());
        assertThat(third.body()).isEqualTo(first.body());
        assertSignedWith(secret, third);
        JsonPath shown = awaitWebhook(ana, id, log -> "delivered".equals(log.getString("webhook.status")));
        assertThat(shown.getInt("webhook.attempts")).isEqualTo(3);
        assertThat(shown.getInt("webhook.lastResponseCode")).isEqualTo(200);
        assertThat(shown.getString("webhook.nextAttemptAt")).isNull();
        assertThat(receiver.next("/hooks/flaky", Duration.ofSeconds(2))).as("nothing after the 200").isNull();
    }

    @Test
    void aRedirectIsNotFollowedAndTheDeliveryFailsAfterTheLastAttempt() throws Exception {
        receiver.answer("/hooks/moved", 302);
        String id = create(ana, receiver.url("/hooks/moved"), "Moved receiver");

        ana.request().post("/api/v1/videos/" + id + "/cancel").then().statusCode(202);

        JsonPath shown = awaitWebhook(ana, id, log -> "failed".equals(log.getString("webhook.status")));
        assertThat(shown.getInt("webhook.attempts")).as("videogen.webhooks.max-attempts in tests").isEqualTo(4);
        assertThat(shown.getInt("webhook.lastResponseCode")).isEqualTo(302);
        assertThat(receiver.count("/hooks/moved")).isEqualTo(4);
        assertThat(receiver.count("/redirected/hooks/moved")).as("the Location was never visited").isZero();
    }

    @Test
    void aRotatedSecretSignsTheNextWebhookAndTheOldOneNoLonger() throws Exception {
        String old = secretOf(ana);
        String rotated = ana.request().post("/api/v1/me/webhook-secret/rotate")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("secret", startsWith("whsec_")).extract().path("secret");
        assertThat(rotated).isNotEqualTo(old);
        assertThat(secretOf(ana)).isEqualTo(rotated);
        String id = create(ana, receiver.url("/hooks/rotated"), "Rotated");

        ana.request().post("/api/v1/videos/" + id + "/cancel").then().statusCode(202);

        Receiver.Request hook = receiver.next("/hooks/rotated", PATIENCE);
        assertThat(hook).isNotNull();
        assertSignedWith(rotated, hook);
        assertThat(hook.signature()).isNotEqualTo(sign(old, hook.timestamp(), hook.body()));
    }

    @Test
    void eachUserHasTheirOwnSecretAndKeepsIt() {
        Account bob = Accounts.signUp();
        String anas = secretOf(ana);

        assertThat(secretOf(ana)).isEqualTo(anas);
        assertThat(secretOf(bob)).isNotEqualTo(anas);
        given().get("/api/v1/me/webhook-secret").then().statusCode(401);
    }

    @Test
    void aVideoWithoutCallbackHasNoWebhookLog() {
        String id = ana.request().body(Map.of("title", "Quiet", "script", "No hook here."))
                .post("/api/v1/videos").then().statusCode(202).extract().path("id");

        ana.request().post("/api/v1/videos/" + id + "/cancel").then().statusCode(202);

        ana.request().get("/api/v1/videos/" + id).then().statusCode(200)
                .body("status", equalTo("cancelled"))
                .body("containsKey('webhook')", equalTo(false));
    }

    private static String create(Account account, String callbackUrl, String title) {
        return account.request().body(Map.of("title", title, "script", "Hello webhooks.",
                        "output", Map.of("resolution", "640x360", "fps", 25, "quality", "draft"),
                        "callbackUrl", callbackUrl))
                .post("/api/v1/videos").then().statusCode(202).extract().path("id");
    }

    private static String secretOf(Account account) {
        return account.request().get("/api/v1/me/webhook-secret")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("secret", startsWith("whsec_")).extract().path("secret");
    }

    /** Polls the video until its webhook log satisfies {@code done}. */
    private static JsonPath awaitWebhook(Account account, String id, Predicate<JsonPath> done) {
        AtomicReference<JsonPath> shown = new AtomicReference<>();
        Eventually.within(PATIENCE, () -> {
            shown.set(account.request().get("/api/v1/videos/" + id).then().statusCode(200).extract().jsonPath());
            assertThat(done.test(shown.get())).as("the webhook log got there: %s", shown.get().prettify()).isTrue();
        });
        return shown.get();
    }

    /** Verifies the signature the way the README tells receivers to. */
    private static void assertSignedWith(String secret, Receiver.Request hook) throws Exception {
        assertThat(hook.timestamp()).matches("\\d+");
        assertThat(hook.signature()).isEqualTo(sign(secret, hook.timestamp(), hook.body()));
    }

    private static String sign(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
    }
}
