package io.videogen.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.videogen.bootstrap.worker.ByHand;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.out.VideoComposer;
import io.videogen.application.render.RenderVideoService;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-video motion settings reach the picture: a video asked for over REST with Ken Burns and
 * a one-second fade renders frames that move during a scene, fade on from the last of them, and
 * blend the two scenes mid-fade (frames decoded with the service's own FFmpeg). Wrong settings are
 * refused naming the field.
 */
@QuarkusTest
class VideoMotionApiTest {

    @TempDir
    Path scratch;

    private static final int GREEN = 190;

    @Inject
    RenderVideoService renders;

    @Inject
    VideoComposer composer;

    @Test
    void kenBurnsMovesThePictureAndAFadeBlendsOneSceneIntoTheNext() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        String stripes = LibraryApiTest.upload(ana, "stripes.png", stripes(), "image/png");
        String id = VideoApiTest.create(ana, Map.of("title", "Moving",
                "scenes", List.of(
                        Map.of("text", "The stripes drift slowly across the frame.",
                                "visual", Map.of("type", "asset", "assetId", stripes)),
                        Map.of("text", "Then the picture turns green.",
                                "visual", Map.of("type", "color", "value", "#00be00"))),
                "transition", Map.of("type", "fade", "durationMs", 1000, "kenBurns", true),
                "captions", Map.of("burnIn", false),
                "output", Map.of("resolution", "320x180", "fps", 15, "quality", "standard")));
        ana.request().get("/api/v1/videos/" + id).then().statusCode(200)
                .body("spec.transition.kenBurns", equalTo(true))
                .body("spec.transition.durationMs", equalTo(1000));

        var result = renders.render(VideoId.parse(id), null, ByHand.claim())
                .await().atMost(Duration.ofMinutes(3));
        assertThat(result.outcome()).as(String.valueOf(result.failure())).isEqualTo(Outcome.COMPLETED);
        Path video = Files.createTempFile(scratch, "motion", ".mp4");
        Files.write(video, ana.request().get("/api/v1/videos/" + id + "/file").then().statusCode(200)
                .extract().asByteArray());
        // the second scene's caption starts 300 ms (the lead-in) after its segment, where the fade starts
        String srt = ana.request().get("/api/v1/videos/" + id + "/captions.srt").then().statusCode(200)
                .extract().asString();
        double second = secondCueStart(srt) - 0.3;

        BufferedImage early = frameAt(video, 0.1);
        BufferedImage late = frameAt(video, second - 0.15);
        assertThat(meanDifference(early, late)).as("Ken Burns: the stripes move during the first scene")
                .isGreaterThan(12);
        assertThat(meanDifference(early, frameAt(video, 0.1 + 1.0 / 15))).as("a small step between frames")
                .isLessThan(meanDifference(early, late));

        // the fade starts from where the move ended: no jump back to the picture at rest
        assertThat(meanDifference(frameAt(video, second - 0.07), frameAt(video, second - 0.01)))
                .as("the last frame before the fade and the fade's first").isLessThan(6);

        double[] before = meanRgb(late);
        double[] middle = meanRgb(frameAt(video, second + 0.5));
        double[] after = meanRgb(frameAt(video, second + 1.2));
        assertThat(after[1]).as("after the fade: green").isGreaterThan(GREEN - 15);
        assertThat(before[1]).as("before the fade: no green").isLessThan(30);
        assertThat(middle[1]).as("mid-fade: half way to green").isBetween(after[1] * 0.3, after[1] * 0.7);
        assertThat(middle[0]).as("mid-fade: half the stripes' red").isBetween(before[0] * 0.3, before[0] * 0.7);
    }

    @Test
    void motionAndPlacementAreRefusedNamingTheFieldToFix() {
        Accounts.Account ana = Accounts.signUp();
        ana.request().body(Map.of("script", "hi", "transition", Map.of("type", "slide"))).post("/api/v1/videos")
                .then().statusCode(400).body("errors[0].field", equalTo("transition.type"))
                .body("detail", containsString("use none or fade"));
        ana.request().body(Map.of("script", "hi", "transition", Map.of("durationMs", 5000))).post("/api/v1/videos")
                .then().statusCode(400).body("errors[0].field", equalTo("transition.durationMs"));
        ana.request().body(Map.of("script", "hi", "avatarPlacement", Map.of("placement", "middle")))
                .post("/api/v1/videos")
                .then().statusCode(400).body("errors[0].field", equalTo("avatarPlacement.placement"));
        ana.request().body(Map.of("script", "hi", "avatarPlacement", Map.of("scale", 3))).post("/api/v1/videos")
                .then().statusCode(400).body("errors[0].field", equalTo("avatarPlacement.scale"));
        ana.request().body(Map.of("script", "hi", "visual", Map.of("type", "plasma"))).post("/api/v1/videos")
                .then().statusCode(400).body("errors[0].field", equalTo("visual.type"));
    }

    @Test
    void theVideosSettingsOverrideTheTemplatesPartByPart() {
        Accounts.Account ana = Accounts.signUp();
        String template = ana.request().body(Map.of("name", "Slow fades",
                        "transition", Map.of("type", "fade", "durationMs", 1500),
                        "avatarPlacement", Map.of("placement", "top-left", "shape", "rectangle")))
                .post("/api/v1/templates").then().statusCode(201).extract().path("id");
        String id = VideoApiTest.create(ana, Map.of("script", "Hello.", "templateId", template,
                "visual", Map.of("type", "color", "value", "#102030"),
                "transition", Map.of("kenBurns", true), "avatarPlacement", Map.of("scale", 0.5)));

        ana.request().get("/api/v1/videos/" + id).then().statusCode(200)
                .body("spec.transition.type", equalTo("fade"))
                .body("spec.transition.durationMs", equalTo(1500))
                .body("spec.transition.kenBurns", equalTo(true))
                .body("spec.avatarPlacement.placement", equalTo("top-left"))
                .body("spec.avatarPlacement.shape", equalTo("rectangle"))
                .body("spec.avatarPlacement.scale", equalTo(0.5f))
                .body("spec.scenes[0].visual.value", equalTo("#102030"));
    }

    private BufferedImage frameAt(Path video, double seconds) throws Exception {
        Path jpeg = Files.createTempFile(scratch, "frame", ".jpg");
        composer.thumbnail(video, Duration.ofMillis(Math.round(seconds * 1000)), jpeg);
        return ImageIO.read(jpeg.toFile());
    }

    private static double secondCueStart(String srt) {
        Matcher cue = Pattern.compile("(?m)^2\\R(\\d\\d):(\\d\\d):(\\d\\d),(\\d\\d\\d) -->").matcher(srt);
        assertThat(cue.find()).as(srt).isTrue();
        return Integer.parseInt(cue.group(1)) * 3600 + Integer.parseInt(cue.group(2)) * 60
                + Integer.parseInt(cue.group(3)) + Integer.parseInt(cue.group(4)) / 1000.0;
    }

    /** Red and blue stripes 8 px wide: any shift or zoom changes most pixels. */
    private static byte[] stripes() throws Exception {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        for (int x = 0; x < 640; x += 16) {
            g.setColor(new Color(220, 0, 0));
            g.fillRect(x, 0, 8, 360);
            g.setColor(new Color(0, 0, 220));
            g.fillRect(x + 8, 0, 8, 360);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 255) - ((q >> shift) & 255));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    private static double[] meanRgb(BufferedImage image) {
        double[] rgb = new double[3];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                rgb[0] += (p >> 16) & 255;
                rgb[1] += (p >> 8) & 255;
                rgb[2] += p & 255;
            }
        }
        int n = image.getWidth() * image.getHeight();
        return new double[] {rgb[0] / n, rgb[1] / n, rgb[2] / n};
    }
}
