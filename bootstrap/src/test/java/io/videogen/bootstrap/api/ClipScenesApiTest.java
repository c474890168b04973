package io.videogen.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusTest;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.out.VideoComposer;
import io.videogen.application.render.RenderVideoService;
import io.videogen.bootstrap.ai.MediaSamples;
import io.videogen.bootstrap.worker.ByHand;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An uploaded video plays behind its scene: a one-second clip (half a second red, half blue, made
 * here with the bundled FFmpeg) is probed on upload, then shows red and blue in turn through a
 * scene three times its length (looped), decoded back from the finished MP4.
 */
@QuarkusTest
class ClipScenesApiTest {

    @TempDir
    Path scratch;

    @Inject
    RenderVideoService renders;

    @Inject
    VideoComposer composer;

    @Test
    void anUploadedVideoPlaysLoopedBehindItsScene() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        String clip = ana.request().contentType("multipart/form-data")
                .multiPart("file", "red-blue.mp4", redThenBlueClip(), "video/mp4").post("/api/v1/assets")
                .then().statusCode(201)
                .body("kind", equalTo("video"))
                .body("mediaType", equalTo("video/mp4"))
                .body("width", equalTo(160))
                .body("durationMs", greaterThan(900))
                .extract().path("id");
        String id = VideoApiTest.create(ana, Map.of("title", "Clip",
                "scenes", List.of(Map.of("text", "A red and blue clip plays behind this long sentence, again and again,"
                                + " while the narrator keeps on talking for a few seconds more.",
                        "visual", Map.of("type", "clip", "assetId", clip))),
                "captions", Map.of("burnIn", false),
                "output", Map.of("resolution", "320x180", "fps", 10, "quality", "draft")));
        ana.request().get("/api/v1/videos/" + id).then().statusCode(200)
                .body("spec.scenes[0].visual.type", equalTo("clip"))
                .body("spec.scenes[0].visual.assetId", equalTo(clip));

        var result = renders.render(VideoId.parse(id), null, ByHand.claim()).await().atMost(Duration.ofMinutes(3));
        assertThat(result.outcome()).as(String.valueOf(result.failure())).isEqualTo(Outcome.COMPLETED);
        Path video = Files.createTempFile(scratch, "clip", ".mp4");
        Files.write(video, ana.request().get("/api/v1/videos/" + id + "/file").then().statusCode(200)
                .extract().asByteArray());

        // the scene starts after a short lead-in, so look where the clip's halves are whatever the offset:
        // over its second and third pass both colours show, each filling the frame (cover)
        int red = 0;
        int blue = 0;
        for (double t = 1.05; t < 3.0; t += 0.2) {
            Color centre = new Color(frameAt(video, t).getRGB(160, 90));
            red += centre.getRed() > 150 && centre.getBlue() < 80 ? 1 : 0;
            blue += centre.getBlue() > 150 && centre.getRed() < 80 ? 1 : 0;
        }
        assertThat(red).as("red frames after the clip's first second (looped)").isGreaterThanOrEqualTo(3);
        assertThat(blue).as("blue frames after the clip's first second (looped)").isGreaterThanOrEqualTo(3);
        ana.request().get("/api/v1/videos/" + id).then().statusCode(200)
                .body("provenance[0].visual.provider", equalTo("asset"));
    }

    @Test
    void aClipFromAPromptFallsBackToItsPictureMovingAndSaysSo() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        String id = VideoApiTest.create(ana, Map.of("title", "Lake",
                "scenes", List.of(Map.of("text", "A calm mountain lake at dawn, seen slowly from the shore.",
                        "visual", Map.of("type", "clip", "prompt", "a calm mountain lake at dawn"))),
                "captions", Map.of("burnIn", false),
                "output", Map.of("resolution", "320x180", "fps", 10, "quality", "draft")));
        var result = renders.render(VideoId.parse(id), null, ByHand.claim()).await().atMost(Duration.ofMinutes(3));
        assertThat(result.outcome()).as(String.valueOf(result.failure())).isEqualTo(Outcome.COMPLETED);
        ana.request().get("/api/v1/videos/" + id).then().statusCode(200)
                .body("spec.scenes[0].visual.prompt", equalTo("a calm mountain lake at dawn"))
                .body("provenance[0].visual.provider", equalTo("offline"))
                .body("provenance[0].visual.fallback", equalTo(true));
        Path video = Files.createTempFile(scratch, "lake", ".mp4");
        Files.write(video, ana.request().get("/api/v1/videos/" + id + "/file").then().statusCode(200)
                .extract().asByteArray());
        assertThat(meanDifference(frameAt(video, 0.2), frameAt(video, 2.0))).as("a Ken Burns move over the picture")
                .isGreaterThan(2);
    }

    @Test
    void aClipNeedsAVideoAndEitherAnAssetOrAPrompt() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        BufferedImage picture = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        Path png = Files.createTempFile(scratch, "still", ".png");
        ImageIO.write(picture, "png", png.toFile());
        String image = LibraryApiTest.upload(ana, "still.png", Files.readAllBytes(png), "image/png");
        ana.request().body(Map.of("scenes", List.of(Map.of("text", "Hi.",
                        "visual", Map.of("type", "clip", "assetId", image)))))
                .post("/api/v1/videos").then().statusCode(400)
                .body("errors[0].field", equalTo("scenes[0].visual.assetId"))
                .body("detail", containsString("a clip needs a video"));
        ana.request().body(Map.of("scenes", List.of(Map.of("text", "Hi.", "visual", Map.of("type", "clip")))))
                .post("/api/v1/videos").then().statusCode(400)
                .body("errors[0].field", equalTo("scenes[0].visual.assetId"));
    }

    private BufferedImage frameAt(Path video, double seconds) throws Exception {
        Path jpeg = Files.createTempFile(scratch, "frame", ".jpg");
        composer.thumbnail(video, Duration.ofMillis(Math.round(seconds * 1000)), jpeg);
        return ImageIO.read(jpeg.toFile());
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y += 2) {
            for (int x = 0; x < a.getWidth(); x += 2) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                sum += Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255))
                        + Math.abs((p & 255) - (q & 255));
            }
        }
        return sum / (3.0 * (a.getWidth() / 2) * (a.getHeight() / 2));
    }

    /** One second at 10 fps, 160x90: five red frames, then five blue ones. */
    static byte[] redThenBlueClip() throws Exception {
        Color red = new Color(220, 20, 20);
        Color blue = new Color(20, 20, 220);
        return MediaSamples.clip(red, red, red, red, red, blue, blue, blue, blue, blue);
    }
}
