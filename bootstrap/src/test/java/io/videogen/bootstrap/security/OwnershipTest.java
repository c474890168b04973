package io.videogen.bootstrap.security;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Someone else's things do not exist for you: user B asking for any of user A's videos, with any
 * verb, gets the same 404 as for an id nobody has — never A's data, never a 403 that would tell
 * the id exists. A then finds everything as it was.
 */
@QuarkusTest
class OwnershipTest {

    private Users.User ana;
    private Users.User bob;
    private String video;
    private String etag;

    @BeforeEach
    void anaMakesAVideo() {
        ana = Users.signUp();
        bob = Users.signUp();
        var created = ana.request().body(Map.of("title", "Ana's private tour", "script", "Hello from Ana."))
                .post("/api/v1/videos")
                .then().statusCode(202).extract();
        video = created.path("id");
        etag = created.header("ETag");
    }

    @Test
    void bobGets404ForEveryVerbOnAnasVideo() {
        Map<String, Function<RequestSpecification, io.restassured.response.Response>> attempts = Map.ofEntries(
                Map.entry("GET", r -> r.get("/api/v1/videos/" + video)),
                Map.entry("PATCH", r -> r.header("If-Match", etag).body(Map.of("title", "Bob was here"))
                        .patch("/api/v1/videos/" + video)),
                Map.entry("DELETE", r -> r.delete("/api/v1/videos/" + video)),
                Map.entry("cancel", r -> r.post("/api/v1/videos/" + video + "/cancel")),
                Map.entry("retry", r -> r.post("/api/v1/videos/" + video + "/retry")),
                Map.entry("events", r -> r.accept("text/event-stream").get("/api/v1/videos/" + video + "/events")),
                Map.entry("file", r -> r.get("/api/v1/videos/" + video + "/file")),
                Map.entry("thumbnail", r -> r.get("/api/v1/videos/" + video + "/thumbnail")),
                Map.entry("captions.srt", r -> r.get("/api/v1/videos/" + video + "/captions.srt")),
                Map.entry("captions.vtt", r -> r.get("/api/v1/videos/" + video + "/captions.vtt")));

        attempts.forEach((verb, attempt) -> attempt.apply(bob.request()).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("RESOURCE_NOT_FOUND"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Ana"))));

        ana.request().get("/api/v1/videos/" + video)
                .then().statusCode(200).body("title", equalTo("Ana's private tour"));
    }

    @Test
    void bobsListNeverShowsAnasVideo() {
        bob.request().get("/api/v1/videos?size=100")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(video)));
    }

    @Test
    void anAdminSeesEveryonesVideo() {
        Users.admin().request().get("/api/v1/videos/" + video)
                .then().statusCode(200).body("id", equalTo(video));
    }
}
