package io.videogen.bootstrap.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Someone else's things do not exist for you: user B asking for any of user A's videos, templates,
 * avatars or assets, with any verb, gets the same 404 as for an id nobody has — never A's data,
 * never a 403 that would tell the id exists — and cannot use them in a video of his own either.
 * A then finds everything as it was.
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
        Map<String, Function<RequestSpecification, Response>> attempts = Map.ofEntries(
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
                Map.entry("captions.vtt", r -> r.get("/api/v1/videos/" + video + "/captions.vtt")),
                Map.entry("captions.json", r -> r.get("/api/v1/videos/" + video + "/captions.json")));

        attempts.forEach((verb, attempt) -> {
            Response response = attempt.apply(bob.request());
            org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(verb).isEqualTo(404);
            response.then().contentType("application/problem+json")
                    .body("code", equalTo("RESOURCE_NOT_FOUND"))
                    .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Ana")));
        });

        ana.request().get("/api/v1/videos/" + video)
                .then().statusCode(200).body("title", equalTo("Ana's private tour"));
    }

    @Test
    void bobGets404ForEveryVerbOnAnasTemplateAvatarAndAsset() throws Exception {
        String template = ana.request().body(Map.of("name", "Ana's look", "textColor", "#ffffff"))
                .post("/api/v1/templates").then().statusCode(201).extract().path("id");
        String asset = given().header("Authorization", "Bearer " + ana.accessToken())
                .multiPart("file", "ana.png", png(), "image/png").post("/api/v1/assets")
                .then().statusCode(201).extract().path("id");
        String avatar = ana.request().body(Map.of("name", "Ana", "look", Map.of("type", "portrait", "assetId", asset)))
                .post("/api/v1/avatars").then().statusCode(201).extract().path("id");

        Map<String, Function<RequestSpecification, Response>> attempts = Map.ofEntries(
                Map.entry("GET template", r -> r.get("/api/v1/templates/" + template)),
                Map.entry("PUT template", r -> r.body(Map.of("name", "Bob's now", "textColor", "#000000"))
                        .put("/api/v1/templates/" + template)),
                Map.entry("DELETE template", r -> r.delete("/api/v1/templates/" + template)),
                Map.entry("GET avatar", r -> r.get("/api/v1/avatars/" + avatar)),
                Map.entry("DELETE avatar", r -> r.delete("/api/v1/avatars/" + avatar)),
                Map.entry("GET asset", r -> r.get("/api/v1/assets/" + asset)),
                Map.entry("GET asset content", r -> r.get("/api/v1/assets/" + asset + "/content")),
                Map.entry("DELETE asset", r -> r.delete("/api/v1/assets/" + asset)),
                Map.entry("video from template", r -> r.body(Map.of("templateId", template, "script", "Hi."))
                        .post("/api/v1/videos")));

        attempts.forEach((what, attempt) -> {
            Response response = attempt.apply(bob.request());
            org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(what).isEqualTo(404);
            response.then().contentType("application/problem+json").body("code", equalTo("RESOURCE_NOT_FOUND"));
        });
        // a portrait from Ana's picture is refused exactly like one from a picture nobody has
        String nobodys = java.util.UUID.randomUUID().toString();
        Response fromAnas = bob.request().body(Map.of("name", "Bob", "look", Map.of("type", "portrait", "assetId", asset)))
                .post("/api/v1/avatars");
        Response fromNobodys = bob.request().body(Map.of("name", "Bob",
                "look", Map.of("type", "portrait", "assetId", nobodys))).post("/api/v1/avatars");
        org.assertj.core.api.Assertions.assertThat(fromAnas.statusCode()).isEqualTo(fromNobodys.statusCode());
        org.assertj.core.api.Assertions.assertThat(fromAnas.<String>path("detail").replace(asset, "ID"))
                .isEqualTo(fromNobodys.<String>path("detail").replace(nobodys, "ID"));

        for (String list : new String[] {"/api/v1/templates", "/api/v1/avatars", "/api/v1/assets"}) {
            bob.request().get(list + "?size=100").then().statusCode(200)
                    .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItems(template)))
                    .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItems(avatar)))
                    .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItems(asset)));
        }

        ana.request().get("/api/v1/templates/" + template).then().statusCode(200).body("name", equalTo("Ana's look"));
        ana.request().get("/api/v1/avatars/" + avatar).then().statusCode(200);
        ana.request().get("/api/v1/assets/" + asset + "/content").then().statusCode(200);
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

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
