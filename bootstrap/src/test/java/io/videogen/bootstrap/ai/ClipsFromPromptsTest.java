package io.videogen.bootstrap.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.videogen.bootstrap.ai.MediaProviderStub.IMAGES;
import static io.videogen.bootstrap.ai.MediaProviderStub.VIDEOS;
import static io.videogen.bootstrap.ai.MediaSamples.RED;
import static io.videogen.bootstrap.ai.MediaSamples.centre;
import static io.videogen.bootstrap.ai.MediaSamples.isRed;
import static io.videogen.bootstrap.ai.MediaSamples.png;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.videogen.bootstrap.api.Accounts;
import io.videogen.bootstrap.api.Accounts.Account;
import io.videogen.bootstrap.observability.PrometheusScrape;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clip} visuals with a prompt, made by the stubbed provider's asynchronous video API: the job
 * is submitted, looked at while queued and in progress, downloaded once completed (a green clip made
 * here with the bundled FFmpeg) and plays behind its scene; a job that never completes is given up at
 * the deadline for the prompt's picture; a clip made once is not asked for again.
 */
@QuarkusTest
@TestProfile(MediaProviders.class)
class ClipsFromPromptsTest {

    @TempDir
    Path scratch;

    private static final Color GREEN = new Color(30, 200, 60);

    WireMockServer studio;

    ProviderWorld world;

    @BeforeEach
    void reset() {
        world.reset();
        world.paints(pngOf(RED));
    }

    @Test
    void aClipTheProviderMakesPlaysBehindItsScene() throws Exception {
        String job = "video_" + UUID.randomUUID().toString().replace("-", "");
        stubJobCompleting(job, green());
        LeftoverFiles leftovers = LeftoverFiles.now();

        String id = render("a green meadow " + UUID.randomUUID());

        world.creator().request().get("/api/v1/videos/" + id).then().body("status", equalTo("completed"))
                .body("provenance[0].visual.provider", equalTo("studio"))
                .body("provenance[0].visual.fallback", equalTo(false));
        Path video = download(id);
        int greenFrames = 0;
        for (double t = 0.5; t < 2.0; t += 0.25) {
            greenFrames += isGreen(centre(MediaSamples.frameAt(video, t))) ? 1 : 0;
        }
        assertThat(greenFrames).as("frames showing the provider's green clip").isGreaterThanOrEqualTo(4);
        studio.verify(postRequestedFor(urlEqualTo(VIDEOS))
                .withRequestBody(matchingJsonPath("$.model", WireMock.equalTo("sora-2")))
                .withRequestBody(matchingJsonPath("$.size", WireMock.equalTo("1280x720")))
                .withRequestBody(matchingJsonPath("$.seconds", WireMock.equalTo("4")))
                .withRequestBody(matchingJsonPath("$.prompt", WireMock.matching("a green meadow .*"))));
        studio.verify(3, getRequestedFor(urlEqualTo(VIDEOS + "/" + job)));
        studio.verify(1, getRequestedFor(urlEqualTo(VIDEOS + "/" + job + "/content")));
        studio.verify(0, postRequestedFor(urlEqualTo(IMAGES)));
        leftovers.assertNoneAdded();
    }

    @Test
    void aClipJobThatNeverCompletesIsGivenUpForThePromptsPicture() throws Exception {
        String job = "video_" + UUID.randomUUID().toString().replace("-", "");
        studio.stubFor(post(urlEqualTo(VIDEOS)).willReturn(okJson(jobState(job, "queued"))));
        studio.stubFor(get(urlEqualTo(VIDEOS + "/" + job)).willReturn(okJson(jobState(job, "in_progress"))));
        PrometheusScrape before = PrometheusScrape.now();
        LeftoverFiles leftovers = LeftoverFiles.now();

        String id = render("a slow sunrise " + UUID.randomUUID());

        world.creator().request().get("/api/v1/videos/" + id).then().body("status", equalTo("completed"))
                .body("provenance[0].visual.provider", equalTo("studio"))
                .body("provenance[0].visual.fallback", equalTo(true));
        assertThat(isRed(centre(MediaSamples.frameAt(download(id), 1.0)))).as("the prompt's picture, moving")
                .isTrue();
        studio.verify(0, getRequestedFor(urlEqualTo(VIDEOS + "/" + job + "/content")));
        studio.verify(1, postRequestedFor(urlEqualTo(IMAGES)));
        PrometheusScrape after = PrometheusScrape.now();
        assertThat(after.value("videogen_provider_requests_total", "provider", "studio", "capability", "video",
                "outcome", "timeout") - before.value("videogen_provider_requests_total", "provider", "studio",
                "capability", "video", "outcome", "timeout")).isEqualTo(1);
        leftovers.assertNoneAdded();
    }

    @Test
    void theSameClipIsNotAskedForTwiceNotEvenAfterRedisForgets() throws Exception {
        String job = "video_" + UUID.randomUUID().toString().replace("-", "");
        stubJobCompleting(job, green());
        String prompt = "a green hill kept as " + UUID.randomUUID();
        render(prompt);
        assertThat(studio.findAll(anyRequestedFor(urlPathMatching(VIDEOS + ".*")))).hasSize(5);

        studio.resetRequests();
        Account first = world.creator();
        world.actAs(Accounts.signUp()); // another user, another video, the same scene
        String again = render(prompt);
        assertThat(studio.findAll(anyRequestedFor(urlPathMatching(VIDEOS + ".*")))).as("served from the cache")
                .isEmpty();
        assertThat(isGreen(centre(MediaSamples.frameAt(download(again), 1.0)))).isTrue();
        // a kept clip costs nothing
        world.creator().request().get("/api/v1/me/usage").then().body("videoClips", equalTo(0));
        first.request().get("/api/v1/me/usage").then().body("videoClips", equalTo(1));

        world.redisForgets();
        world.actAs(first);
        render(prompt);
        assertThat(studio.findAll(anyRequestedFor(urlPathMatching(VIDEOS + ".*")))).as("found in the media store")
                .isEmpty();
    }

    /** The job is queued at submission, queued and then in progress when looked at, then completed. */
    private void stubJobCompleting(String job, byte[] clip) {
        studio.stubFor(post(urlEqualTo(VIDEOS)).willReturn(okJson(jobState(job, "queued"))));
        String path = VIDEOS + "/" + job;
        studio.stubFor(get(urlEqualTo(path)).inScenario(job).whenScenarioStateIs(STARTED)
                .willReturn(okJson(jobState(job, "queued"))).willSetStateTo("queued"));
        studio.stubFor(get(urlEqualTo(path)).inScenario(job).whenScenarioStateIs("queued")
                .willReturn(okJson(jobState(job, "in_progress"))).willSetStateTo("in_progress"));
        studio.stubFor(get(urlEqualTo(path)).inScenario(job).whenScenarioStateIs("in_progress")
                .willReturn(okJson(jobState(job, "completed"))));
        studio.stubFor(get(urlEqualTo(path + "/content")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "video/mp4").withBody(clip)));
    }

    private static String jobState(String job, String status) {
        return "{\"id\":\"" + job + "\",\"object\":\"video\",\"model\":\"sora-2\",\"status\":\"" + status
                + "\",\"progress\":" + (status.equals("completed") ? 100 : 0) + ",\"seconds\":\"4\",\"size\":\"1280x720\"}";
    }

    /** One second of green. */
    private static byte[] green() throws Exception {
        Color[] frames = new Color[10];
        java.util.Arrays.fill(frames, GREEN);
        return MediaSamples.clip(frames);
    }

    private static byte[] pngOf(int rgb) {
        try {
            return png(rgb);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isGreen(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return g > 150 && r < 90 && b < 110;
    }

    /** A one-scene video in the offline voice over a clip made from the prompt. */
    private String render(String prompt) {
        return world.rendered(Map.of("title", "Clip",
                "scenes", List.of(Map.of("text", "The camera drifts over the land for a little while.",
                        "visual", Map.of("type", "clip", "prompt", prompt))),
                "captions", Map.of("burnIn", false),
                "output", Map.of("resolution", "320x180", "fps", 10, "quality", "draft")));
    }

    private Path download(String id) throws Exception {
        Path video = Files.createTempFile(scratch, "clip-video", ".mp4");
        Files.write(video, world.creator().request().get("/api/v1/videos/" + id + "/file").then().statusCode(200)
                .extract().asByteArray());
        return video;
    }
}
