package io.videogen.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.videogen.application.port.out.UserRepository;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The video endpoints of the contract, their errors included, through the real stack (no worker runs). */
@QuarkusTest
class VideoApiTest {

    static final String SCRIPT = "Hello {{name}}. This is the first scene.\n\n---\n\nAnd this is the second.";

    @Inject
    UserRepository users;

    static Map<String, Object> request(String title) {
        return Map.of("title", title, "script", SCRIPT, "variables", Map.of("name", "Ana"),
                "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft"));
    }

    static String create(Accounts.Account account, Object body) {
        return account.request().body(body).post("/api/v1/videos").then().statusCode(202).extract().path("id");
    }

    @Test
    void aSubmittedVideoIsQueuedWithItsStages() {
        Accounts.Account ana = Accounts.signUp();
        Response created = ana.request().body(request("Tour")).post("/api/v1/videos");
        created.then().statusCode(202)
                .header("Location", containsString("/api/v1/videos/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("queued"))
                .body("title", equalTo("Tour"))
                .body("stages.name", equalTo(List.of("script", "voice", "avatar", "visuals", "composition", "render")))
                .body("stages.status", everyItem(equalTo("pending")));
        String id = created.path("id");
        ana.request().get(created.header("Location")).then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag"))).body("id", equalTo(id));
    }

    @Test
    void malformedAndUnknownInputIsA400NamingTheField() {
        Accounts.Account ana = Accounts.signUp();
        ana.request().body("{\"script\": \"hi\", \"colour\": \"red\"}").post("/api/v1/videos")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("colour"));
        ana.request().body("{\"script\": \"hi\",").post("/api/v1/videos")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("detail", containsString("not valid JSON"));
        ana.request().body(Map.of("script", "hi", "output", Map.of("fps", "fast"))).post("/api/v1/videos")
                .then().statusCode(400).body("errors[0].field", equalTo("output.fps"));
        ana.request().body(Map.of("script", "hi", "output", Map.of("fps", 120))).post("/api/v1/videos")
                .then().statusCode(400).body("errors[0].field", equalTo("output.fps"));
        ana.request().body(Map.of("script", "hi", "templateId", "not-a-uuid")).post("/api/v1/videos")
                .then().statusCode(400).body("errors[0].field", equalTo("templateId"));
        ana.request().body(Map.of("script", "hi", "scenes", List.of(Map.of("text", "x")))).post("/api/v1/videos")
                .then().statusCode(400).body("detail", containsString("not both"));
        ana.request().body(Map.of("scenes", List.of(Map.of("text", "ok"), Map.of("text", "ok",
                        "visual", Map.of("type", "plasma"))))).post("/api/v1/videos")
                .then().statusCode(400).body("errors[0].field", equalTo("scenes[1].visual.type"));
        ana.request().body(Map.of("script", "Hello {{who}}.")).post("/api/v1/videos")
                .then().statusCode(400).body("detail", containsString("who"));
        ana.request().body(Map.of("script", "hi", "output", Map.of("resolution", "3840x2160")))
                .post("/api/v1/videos").then().statusCode(400);
        ana.request().body("").post("/api/v1/videos").then().statusCode(400);
        ana.request().contentType(ContentType.TEXT).body("hello").post("/api/v1/videos")
                .then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void aScriptWithNothingToSayIsUnprocessable() {
        Accounts.Account ana = Accounts.signUp();
        ana.request().body(Map.of("script", "---\n\n# \n\n---")).post("/api/v1/videos")
                .then().statusCode(422).body("code", equalTo("SCRIPT_PARSING_FAILED"));
    }

    @Test
    void listsArePagedNewestFirstAndFilterByStatus() {
        Accounts.Account ana = Accounts.signUp();
        String first = create(ana, request("one"));
        String second = create(ana, request("two"));
        String third = create(ana, request("three"));
        ana.request().post("/api/v1/videos/" + second + "/cancel").then().statusCode(202);

        ana.request().get("/api/v1/videos?page=0&size=2").then().statusCode(200)
                .body("items.id", equalTo(List.of(third, second)))
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("size", equalTo(2));
        ana.request().get("/api/v1/videos?page=1&size=2").then().body("items.id", equalTo(List.of(first)));
        ana.request().get("/api/v1/videos?status=cancelled").then().body("items.id", equalTo(List.of(second)));
        ana.request().get("/api/v1/videos?status=lost").then().statusCode(400).body("errors[0].field",
                equalTo("status"));
        ana.request().get("/api/v1/videos?size=101").then().statusCode(400);
    }

    @Test
    void patchNeedsTheCurrentETag() {
        Accounts.Account ana = Accounts.signUp();
        Response created = ana.request().body(request("Draft title")).post("/api/v1/videos");
        String id = created.path("id");
        String etag = created.header("ETag");

        ana.request().body(Map.of("title", "No precondition")).patch("/api/v1/videos/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
        Response renamed = ana.request().header("If-Match", etag).body(Map.of("title", "Final title"))
                .patch("/api/v1/videos/" + id);
        renamed.then().statusCode(200).body("title", equalTo("Final title"));
        assertThat(renamed.header("ETag")).isNotEqualTo(etag);
        ana.request().header("If-Match", etag).body(Map.of("title", "Lost update"))
                .patch("/api/v1/videos/" + id)
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        ana.request().header("If-Match", renamed.header("ETag"))
                .body(Map.of("script", "A new script for the video."))
                .patch("/api/v1/videos/" + id)
                .then().statusCode(202).body("status", equalTo("queued")).body("title", equalTo("Final title"));
    }

    @Test
    void cancelRetryAndDelete() {
        Accounts.Account ana = Accounts.signUp();
        String id = create(ana, request("Short-lived"));
        ana.request().post("/api/v1/videos/" + id + "/retry").then().statusCode(409)
                .body("code", equalTo("RESOURCE_CONFLICT"));
        ana.request().post("/api/v1/videos/" + id + "/cancel").then().statusCode(202)
                .body("status", equalTo("cancelled"));
        ana.request().post("/api/v1/videos/" + id + "/cancel").then().statusCode(409);
        ana.request().get("/api/v1/videos/" + id + "/file").then().statusCode(409);
        ana.request().post("/api/v1/videos/" + id + "/retry").then().statusCode(202).body("status", equalTo("queued"));
        ana.request().delete("/api/v1/videos/" + id).then().statusCode(204);
        ana.request().get("/api/v1/videos/" + id).then().statusCode(404).body("code", equalTo("RESOURCE_NOT_FOUND"));
    }

    @Test
    void someoneElsesVideoDoesNotExistForYou() {
        Accounts.Account ana = Accounts.signUp();
        Accounts.Account bob = Accounts.signUp();
        String id = create(ana, request("Ana's"));
        bob.request().get("/api/v1/videos/" + id).then().statusCode(404);
        bob.request().header("If-Match", "\"0\"").body(Map.of("title", "mine")).patch("/api/v1/videos/" + id)
                .then().statusCode(404);
        bob.request().post("/api/v1/videos/" + id + "/cancel").then().statusCode(404);
        bob.request().delete("/api/v1/videos/" + id).then().statusCode(404);
        bob.request().get("/api/v1/videos/" + id + "/events").then().statusCode(404);
        bob.request().get("/api/v1/videos/" + id + "/file").then().statusCode(404);
        bob.request().get("/api/v1/videos").then().body("items", hasSize(0));
        ana.request().get("/api/v1/videos/" + id).then().statusCode(200);
    }

    @Test
    void viewersReadButDoNotCreate() {
        Accounts.Account viewer = Accounts.signUp();
        var user = users.findById(new UserId(UUID.fromString(viewer.id()))).await().atMost(Duration.ofSeconds(30)).orElseThrow();
        user.changeRoles(Set.of(Role.VIEWER));
        users.save(user).await().atMost(Duration.ofSeconds(30));
        Accounts.Account signedInAsViewer = Accounts.signIn(viewer.id(), viewer.email());

        signedInAsViewer.request().body(request("Not allowed")).post("/api/v1/videos")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        signedInAsViewer.request().get("/api/v1/videos").then().statusCode(200);
    }

    @Test
    void anIdempotencyKeyMakesOneVideo() {
        Accounts.Account ana = Accounts.signUp();
        String key = UUID.randomUUID().toString();
        Response first = ana.request().header("Idempotency-Key", key).body(request("Once"))
                .post("/api/v1/videos");
        first.then().statusCode(202);
        Response again = ana.request().header("Idempotency-Key", key).body(request("Once"))
                .post("/api/v1/videos");
        again.then().statusCode(202).header("Idempotent-Replayed", "true");
        assertThat(again.body().asString()).isEqualTo(first.body().asString());
        ana.request().header("Idempotency-Key", key).body(request("Something else")).post("/api/v1/videos")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        ana.request().get("/api/v1/videos").then().body("totalItems", equalTo(1));

        // the key is per user: Bob's request with the same key is his own first one
        Accounts.Account bob = Accounts.signUp();
        bob.request().header("Idempotency-Key", key).body(request("Once")).post("/api/v1/videos")
                .then().statusCode(202).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void twentyConcurrentPostsWithOneKeyCreateOneVideo() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        String key = UUID.randomUUID().toString();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(pool.submit(() -> {
                start.await();
                return ana.request().header("Idempotency-Key", key).body(request("Raced"))
                        .post("/api/v1/videos").statusCode();
            }));
        }
        start.countDown();
        List<Integer> codes = new java.util.ArrayList<>();
        for (var status : statuses) {
            codes.add(status.get());
        }
        pool.shutdown();
        assertThat(codes).allMatch(code -> code == 202 || code == 409);
        assertThat(codes).contains(202);
        ana.request().get("/api/v1/videos").then().body("totalItems", equalTo(1));
    }
}
