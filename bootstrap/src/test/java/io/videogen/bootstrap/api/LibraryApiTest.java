package io.videogen.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Templates, avatars, voices and assets through the real stack. */
@QuarkusTest
class LibraryApiTest {

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(30, 60, 114));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static String upload(Accounts.Account account, String name, byte[] bytes, String type) {
        return given().header("Authorization", "Bearer " + account.accessToken())
                .multiPart("file", name, bytes, type).post("/api/v1/assets")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void templatesAreCreatedReadReplacedAndDeleted() {
        Accounts.Account ana = Accounts.signUp();
        Response created = ana.request().body(Map.of("name", "Launch", "textColor", "#ffffff",
                        "background", Map.of("type", "gradient", "from", "#000000", "to", "#333333"),
                        "captionStyle", Map.of("fontSize", 40, "position", "top"),
                        "avatarPlacement", Map.of("placement", "bottom-left", "shape", "rectangle"),
                        "transition", Map.of("type", "fade", "durationMs", 300),
                        "introTitle", "Welcome", "variables", List.of("name")))
                .post("/api/v1/templates");
        created.then().statusCode(201).body("name", equalTo("Launch"))
                .body("background.type", equalTo("gradient"))
                .body("captionStyle.position", equalTo("top"))
                .body("avatarPlacement.placement", equalTo("bottom-left"))
                .body("transition.durationMs", equalTo(300));
        String id = created.path("id");

        ana.request().get("/api/v1/templates/" + id).then().statusCode(200).body("introTitle", equalTo("Welcome"));
        ana.request().body(Map.of("name", "Launch v2")).put("/api/v1/templates/" + id)
                .then().statusCode(200).body("name", equalTo("Launch v2"));
        ana.request().get("/api/v1/templates").then().statusCode(200).body("items.id", hasItem(id));

        // a video made from the template takes its intro title as the first scene's title card
        ana.request().body(Map.of("templateId", id, "script", "Hi.")).post("/api/v1/videos").then().statusCode(202);

        ana.request().body(Map.of("name", "Bad", "textColor", "white")).post("/api/v1/templates")
                .then().statusCode(400).body("errors[0].field", equalTo("textColor"));
        ana.request().body(Map.of("textColor", "#fff")).post("/api/v1/templates")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));

        Accounts.Account bob = Accounts.signUp();
        bob.request().get("/api/v1/templates/" + id).then().statusCode(404);
        bob.request().body(Map.of("name", "Mine now")).put("/api/v1/templates/" + id).then().statusCode(404);
        bob.request().delete("/api/v1/templates/" + id).then().statusCode(404);
        bob.request().body(Map.of("templateId", id, "script", "Hi.")).post("/api/v1/videos").then().statusCode(404);

        ana.request().delete("/api/v1/templates/" + id).then().statusCode(204);
        ana.request().get("/api/v1/templates/" + id).then().statusCode(404);
    }

    @Test
    void avatarsAreDrawnOrMadeFromAPortrait() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        String drawn = ana.request().body(Map.of("name", "Kai", "look", Map.of("type", "procedural",
                        "outfit", "#aa3355"), "placement", Map.of("placement", "right", "scale", 0.5)))
                .post("/api/v1/avatars").then().statusCode(201)
                .body("look.type", equalTo("procedural")).body("look.outfit", equalTo("#aa3355"))
                .body("defaultVoice.voiceId", equalTo("en-US-default"))
                .extract().path("id");
        String face = upload(ana, "face.png", png(256, 256), "image/png");
        ana.request().body(Map.of("name", "Ana", "look", Map.of("type", "portrait", "assetId", face)))
                .post("/api/v1/avatars").then().statusCode(201).body("look.assetId", equalTo(face));
        ana.request().body(Map.of("name", "Nobody", "look", Map.of("type", "portrait")))
                .post("/api/v1/avatars").then().statusCode(400).body("errors[0].field", equalTo("look.assetId"));
        ana.request().body(Map.of("name", "Kai", "defaultVoice", Map.of("voiceId", "no-such-voice")))
                .post("/api/v1/avatars").then().statusCode(400).body("errors[0].field", equalTo("voice.voiceId"));

        Accounts.Account bob = Accounts.signUp();
        bob.request().get("/api/v1/avatars/" + drawn).then().statusCode(404);
        bob.request().delete("/api/v1/avatars/" + drawn).then().statusCode(404);
        ana.request().get("/api/v1/avatars").then().body("totalItems", equalTo(2));
        ana.request().delete("/api/v1/avatars/" + drawn).then().statusCode(204);
    }

    @Test
    void aVideoMayUseOnlyItsCreatorsAvatarAndAssetsOfTheRightKind() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        Accounts.Account bob = Accounts.signUp();
        String anasAvatar = ana.request().body(Map.of("name", "Kai")).post("/api/v1/avatars")
                .then().statusCode(201).extract().path("id");
        String anasPicture = upload(ana, "sky.png", png(64, 64), "image/png");
        String anasTune = upload(ana, "tune.wav", wav(), "audio/wav");

        bob.request().body(Map.of("script", "Hi.", "avatarId", anasAvatar)).post("/api/v1/videos")
                .then().statusCode(404).body("code", equalTo("RESOURCE_NOT_FOUND"))
                .body("detail", org.hamcrest.Matchers.containsString("GET /api/v1/avatars"));
        bob.request().body(Map.of("scenes", List.of(Map.of("text", "Hi.",
                        "visual", Map.of("type", "asset", "assetId", anasPicture)))))
                .post("/api/v1/videos").then().statusCode(404)
                .body("detail", org.hamcrest.Matchers.containsString("scenes[0].visual.assetId"));
        bob.request().body(Map.of("script", "Hi.", "music", Map.of("assetId", anasTune)))
                .post("/api/v1/videos").then().statusCode(404);

        ana.request().body(Map.of("scenes", List.of(Map.of("text", "Hi."), Map.of("text", "Again.",
                        "visual", Map.of("type", "asset", "assetId", anasTune)))))
                .post("/api/v1/videos").then().statusCode(400)
                .body("errors[0].field", equalTo("scenes[1].visual.assetId"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("needs an image"));
        ana.request().body(Map.of("script", "Hi.", "music", Map.of("assetId", anasPicture)))
                .post("/api/v1/videos").then().statusCode(400)
                .body("errors[0].field", equalTo("music.assetId"));
        bob.request().get("/api/v1/videos?size=1").then().body("totalItems", equalTo(0));

        ana.request().body(Map.of("avatarId", anasAvatar, "music", Map.of("assetId", anasTune),
                        "scenes", List.of(Map.of("text", "Hi.",
                                "visual", Map.of("type", "asset", "assetId", anasPicture)))))
                .post("/api/v1/videos").then().statusCode(202);
    }

    /** A tenth of a second of silence as 16-bit mono WAV. */
    static byte[] wav() throws Exception {
        javax.sound.sampled.AudioFormat format = new javax.sound.sampled.AudioFormat(16000, 16, 1, true, false);
        byte[] samples = new byte[3200];
        try (var stream = new javax.sound.sampled.AudioInputStream(new java.io.ByteArrayInputStream(samples), format,
                samples.length / 2)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.sound.sampled.AudioSystem.write(stream, javax.sound.sampled.AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        }
    }

    @Test
    void voicesListEveryProvider() {
        Accounts.Account ana = Accounts.signUp();
        ana.request().get("/api/v1/voices").then().statusCode(200)
                .body("id", hasItem("en-US-default")).body("[0].language", equalTo("en-US"))
                .body("[0].provider", not(equalTo(null)))
                .body("find { it.id == 'en-US-kevin' }.gender", equalTo("male"))
                .body("find { it.id == 'en-US-default' }.gender", equalTo("female"))
                .body("find { it.id == 'en-US-default' }.sampleUrl", equalTo("/api/v1/voices/en-US-default/sample"));
    }

    @Test
    void aVoiceCanBeHeardBeforeItIsChosen() {
        Accounts.Account ana = Accounts.signUp();
        byte[] sample = ana.request().get("/api/v1/voices/en-US-kevin/sample").then().statusCode(200)
                .contentType("audio/wav").extract().asByteArray();
        assertThat(new String(sample, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(sample.length).isGreaterThan(16_000 * 2);
        ana.request().get("/api/v1/voices/no-such-voice/sample").then().statusCode(404)
                .body("code", equalTo("RESOURCE_NOT_FOUND"));
    }

    @Test
    void assetsAreSniffedFromTheirBytes() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        byte[] picture = png(64, 48);
        // the name says .jpg, the bytes say PNG: the bytes win
        Response stored = given().header("Authorization", "Bearer " + ana.accessToken())
                .multiPart("file", "holiday.jpg", picture, "image/jpeg").post("/api/v1/assets");
        stored.then().statusCode(201).body("mediaType", equalTo("image/png")).body("width", equalTo(64))
                .body("kind", equalTo("image"));
        String id = stored.path("id");
        io.restassured.response.Response download = ana.request().header("X-Request-Id", "asset-download-1")
                .get("/api/v1/assets/" + id + "/content");
        download.then().statusCode(200).contentType("image/png");
        assertThat(download.asByteArray()).isEqualTo(picture);
        // one id per response: a file streamed by RESTEasy once carried the header twice
        assertThat(download.headers().getValues("X-Request-Id")).containsExactly("asset-download-1");
        ana.request().header("Range", "bytes=0-7").get("/api/v1/assets/" + id + "/content")
                .then().statusCode(206);

        given().header("Authorization", "Bearer " + ana.accessToken())
                .multiPart("file", "notes.png", "just some text, not a picture".getBytes(), "image/png")
                .post("/api/v1/assets")
                .then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        byte[] truncated = java.util.Arrays.copyOf(picture, 40);
        given().header("Authorization", "Bearer " + ana.accessToken())
                .multiPart("file", "broken.png", truncated, "image/png").post("/api/v1/assets")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        new Random(7).nextBytes(big);
        given().header("Authorization", "Bearer " + ana.accessToken())
                .multiPart("file", "big.png", big, "image/png").post("/api/v1/assets")
                .then().statusCode(413).body("code", equalTo("PAYLOAD_TOO_LARGE"));
        given().header("Authorization", "Bearer " + ana.accessToken())
                .multiPart("other", "x.png", picture, "image/png").post("/api/v1/assets")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));

        Accounts.Account bob = Accounts.signUp();
        bob.request().get("/api/v1/assets/" + id).then().statusCode(404);
        bob.request().get("/api/v1/assets/" + id + "/content").then().statusCode(404);
        bob.request().delete("/api/v1/assets/" + id).then().statusCode(404);
        ana.request().delete("/api/v1/assets/" + id).then().statusCode(204);
        ana.request().get("/api/v1/assets/" + id).then().statusCode(404);
    }
}
