package io.videogen.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.render.RenderVideoService;
import io.videogen.bootstrap.worker.ByHand;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A script POSTed becomes a completed video whose files download (the render is driven here
 * directly, as a worker would, so the test does not depend on worker timing).
 */
@QuarkusTest
class RenderedVideoApiTest {

    @Inject
    RenderVideoService renders;

    @Test
    void aPostedScriptBecomesDownloadableFiles() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        String id = VideoApiTest.create(ana, Map.of("title", "Downloads", "script",
                "Welcome to videogen. It renders offline.\n\nThe second scene says goodbye.",
                "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft")));

        var result = renders.render(VideoId.parse(id), null,
                ByHand.claim()).await().atMost(Duration.ofMinutes(3));
        assertThat(result.outcome()).as(String.valueOf(result.failure())).isEqualTo(Outcome.COMPLETED);

        ana.request().get("/api/v1/videos/" + id).then().statusCode(200)
                .body("status", equalTo("completed"))
                .body("progress.percent", equalTo(100))
                .body("durationMs", notNullValue())
                .body("outputs.video", equalTo("/api/v1/videos/" + id + "/file"));

        Response whole = ana.request().get("/api/v1/videos/" + id + "/file");
        whole.then().statusCode(200).contentType("video/mp4").header("Accept-Ranges", "bytes");
        byte[] mp4 = whole.asByteArray();
        assertThat(new String(mp4, 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ftyp");

        Response part = ana.request().header("Range", "bytes=100-199").get("/api/v1/videos/" + id + "/file");
        part.then().statusCode(206).header("Content-Range", "bytes 100-199/" + mp4.length);
        assertThat(part.asByteArray()).isEqualTo(java.util.Arrays.copyOfRange(mp4, 100, 200));
        ana.request().header("Range", "bytes=-10").get("/api/v1/videos/" + id + "/file")
                .then().statusCode(206).header("Content-Range", "bytes " + (mp4.length - 10) + "-"
                        + (mp4.length - 1) + "/" + mp4.length);
        ana.request().header("Range", "bytes=" + mp4.length + "-").get("/api/v1/videos/" + id + "/file")
                .then().statusCode(416).header("Content-Range", "bytes */" + mp4.length);

        byte[] jpeg = ana.request().get("/api/v1/videos/" + id + "/thumbnail").then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(320);
        ana.request().get("/api/v1/videos/" + id + "/captions.srt").then().statusCode(200)
                .contentType(containsString("application/x-subrip"))
                .body(containsString(" --> ")).body(containsString("Welcome to videogen."));
        ana.request().get("/api/v1/videos/" + id + "/captions.vtt").then().statusCode(200)
                .contentType(containsString("text/vtt")).body(containsString("WEBVTT"));

        // a client that connects after the end first hears the final state, then the stream ends
        String events = ana.request().accept("text/event-stream").get("/api/v1/videos/" + id + "/events")
                .then().statusCode(200).extract().asString();
        assertThat(events).contains("event:completed").contains("\"status\":\"completed\"");
    }
}
