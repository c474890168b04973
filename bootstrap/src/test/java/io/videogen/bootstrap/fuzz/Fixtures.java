package io.videogen.bootstrap.fuzz;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The harness's own resources, made through the API: a creator with a video, a template, an avatar
 * and an image asset, a user for the admin operations, and the admin. Path ids are taken from here,
 * and {@link #renew} makes new ones after the fuzzer may have deleted them.
 */
final class Fixtures {

    static final String PASSWORD = "a long enough passphrase 42";
    static final String ADMIN_EMAIL = "admin@videogen.test";
    static final String ADMIN_PASSWORD = "test admin passphrase 2024";

    private final String email = "fuzz-owner-" + UUID.randomUUID() + "@example.com";
    private final String accessToken;
    private final String adminToken;
    private final String targetUserId;
    private volatile String refreshToken;
    private volatile String videoId;
    private volatile String templateId;
    private volatile String avatarId;
    private volatile String assetId;
    private volatile String audioAssetId;

    Fixtures() {
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/register").then().statusCode(201);
        var tokens = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(200).extract().jsonPath();
        accessToken = tokens.getString("accessToken");
        refreshToken = tokens.getString("refreshToken");
        adminToken = given().contentType(ContentType.JSON)
                .body(Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
        targetUserId = given().contentType(ContentType.JSON)
                .body(Map.of("email", "fuzz-target-" + UUID.randomUUID() + "@example.com", "password", PASSWORD))
                .post("/api/v1/auth/register").then().statusCode(201).extract().path("id");
        renew();
    }

    /** New resources to aim at; the old ones may have been deleted or changed beyond use. */
    void renew() {
        assetId = given().header("Authorization", "Bearer " + accessToken)
                .multiPart("file", "picture.png", SampleMedia.image("png"), "image/png")
                .post("/api/v1/assets").then().statusCode(201).extract().path("id");
        audioAssetId = given().header("Authorization", "Bearer " + accessToken)
                .multiPart("file", "tone.wav", SampleMedia.wav(8000), "audio/wav")
                .post("/api/v1/assets").then().statusCode(201).extract().path("id");
        templateId = owner().body(Map.of("name", "Fuzz template")).post("/api/v1/templates")
                .then().statusCode(201).extract().path("id");
        avatarId = owner().body(Map.of("name", "Fuzz avatar")).post("/api/v1/avatars")
                .then().statusCode(201).extract().path("id");
        videoId = owner().body(Map.of("title", "Fuzz video", "script", "One scene.\n\nAnother scene.",
                        "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft")))
                .post("/api/v1/videos").then().statusCode(202).extract().path("id");
    }

    private io.restassured.specification.RequestSpecification owner() {
        return given().header("Authorization", "Bearer " + accessToken).contentType(ContentType.JSON);
    }

    /** The token to call an operation with: the admin's for admin operations, the owner's for the rest. */
    String tokenFor(String path) {
        return path.startsWith("/api/v1/admin") ? adminToken : accessToken;
    }

    /** The id of the harness's resource that a path template names. */
    String idFor(String pathTemplate) {
        List<Map.Entry<String, String>> byPrefix = List.of(
                Map.entry("/api/v1/videos", videoId), Map.entry("/api/v1/templates", templateId),
                Map.entry("/api/v1/avatars", avatarId), Map.entry("/api/v1/assets", assetId),
                Map.entry("/api/v1/admin/users", targetUserId));
        return byPrefix.stream().filter(entry -> pathTemplate.startsWith(entry.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(UUID.randomUUID().toString());
    }

    /** The ETag a PATCH or PUT of the resource needs, read now. */
    String etagOf(String path) {
        String etag = given().header("Authorization", "Bearer " + tokenFor(path)).get(path).header("ETag");
        return etag == null ? "\"0\"" : etag;
    }

    String email() {
        return email;
    }

    String refreshToken() {
        return refreshToken;
    }

    String templateId() {
        return templateId;
    }

    String avatarId() {
        return avatarId;
    }

    String assetId() {
        return assetId;
    }

    String audioAssetId() {
        return audioAssetId;
    }
}
