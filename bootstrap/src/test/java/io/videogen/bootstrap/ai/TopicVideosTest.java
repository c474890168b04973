package io.videogen.bootstrap.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.videogen.bootstrap.worker.ByHand;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.application.render.RenderVideoService;
import io.videogen.bootstrap.api.Accounts;
import io.videogen.bootstrap.api.Accounts.Account;
import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code topic} on {@code POST /api/v1/videos}: the script stage has the chat provider draft the scenes. */
@QuarkusTest
@TestProfile(MediaProviders.class)
class TopicVideosTest {

    private static final String CHAT = "/v1/chat/completions";
    private static final String SPEECH = "/v1/audio/speech";
    private static final String IMAGES = "/v1/images/generations";
    private static final int TONE_HZ = 1000;

    WireMockServer studio;

    @Inject
    RenderVideoService renders;

    private Account creator;

    @BeforeEach
    void reset() {
        studio.resetAll();
        creator = Accounts.signUp();
    }

    @Test
    void aTopicBecomesAVideoOfTheModelsScenesInTheProviderVoiceOverItsPictures() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String first = "A lighthouse called " + mark + " guides the ships home.";
        String second = "Its lamp turns all night long.";
        studio.stubFor(post(urlEqualTo(CHAT)).willReturn(okJson(ChatCompletions.holding(
                "{\"title\":\"Lighthouses\",\"scenes\":["
                        + "{\"title\":null,\"text\":\"" + first + "\",\"prompt\":\"a red lighthouse " + mark + "\"},"
                        + "{\"title\":null,\"text\":\"" + second + "\",\"prompt\":\"a red lamp " + mark + "\"}]}"))));
        studio.stubFor(post(urlEqualTo(SPEECH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/wav").withBody(MediaSamples.tone(TONE_HZ, 1.5))));
        studio.stubFor(post(urlEqualTo(IMAGES)).willReturn(okJson(MediaSamples.picture(
                MediaSamples.png(MediaSamples.RED)))));

        String id = create(Map.of("topic", "Lighthouses " + mark, "durationSeconds", 20, "sceneCount", 2,
                "voice", Map.of("voiceId", "studio:af_bella"),
                "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft")));
        RenderResult result = render(id, false);

        assertThat(result.outcome()).as(String.valueOf(result.failure())).isEqualTo(Outcome.COMPLETED);
        creator.request().get("/api/v1/videos/" + id).then().statusCode(200)
                .body("status", equalTo("completed"))
                .body("spec.topic", equalTo("Lighthouses " + mark))
                .body("spec.scenes", nullValue())
                .body("provenance.scene", contains(0, 1))
                .body("provenance.voice.voiceId", contains("studio:af_bella", "studio:af_bella"))
                .body("provenance.voice.fallback", contains(false, false))
                .body("provenance.visual.provider", contains("studio", "studio"));
        String captions = creator.request().get("/api/v1/videos/" + id + "/captions.srt").then().statusCode(200)
                .extract().asString();
        assertThat(captions).as("the model's scenes are narrated").contains(mark).contains("all night long");
        studio.verify(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(matchingJsonPath("$.messages[*].content",
                com.github.tomakehurst.wiremock.client.WireMock.containing("Lighthouses " + mark))));
        studio.verify(2, postRequestedFor(urlEqualTo(IMAGES)));
        studio.verify(postRequestedFor(urlEqualTo(IMAGES)).withRequestBody(matchingJsonPath("$.prompt",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("a red lighthouse " + mark))));

        Path mp4 = Files.createTempFile("topic-", ".mp4");
        try {
            Files.write(mp4, creator.request().get("/api/v1/videos/" + id + "/file").then().statusCode(200)
                    .extract().asByteArray());
            float[] sound = MediaSamples.leftChannel(mp4);
            double tone = MediaSamples.amplitudeOf(sound, TONE_HZ, 0.3, 1.3);
            double beside = MediaSamples.amplitudeOf(sound, 1370, 0.3, 1.3);
            assertThat(tone).as("the stub's %d Hz tone is the narration", TONE_HZ).isGreaterThan(20 * beside);
            assertThat(MediaSamples.isRed(MediaSamples.centre(MediaSamples.frameAt(mp4, 0.5))))
                    .as("the provider's picture is the first scene's").isTrue();
        } finally {
            Files.deleteIfExists(mp4);
        }
    }

    @Test
    void everyChatProviderDownFailsTheVideoWithARetryableScriptGenerationFailure() {
        studio.stubFor(post(urlEqualTo(CHAT)).willReturn(aResponse().withStatus(500)));
        String id = create(Map.of("topic", "Tides " + UUID.randomUUID(), "durationSeconds", 20,
                "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft")));

        RenderResult early = render(id, false);
        assertThat(early.outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
        assertThat(early.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.code()).isEqualTo(FailureCode.SCRIPT_GENERATION_FAILED);
            assertThat(failure.retryable()).isTrue();
        });

        assertThat(render(id, true).outcome()).isEqualTo(Outcome.FAILED);
        creator.request().get("/api/v1/videos/" + id).then()
                .body("status", equalTo("failed"))
                .body("error.code", equalTo("SCRIPT_GENERATION_FAILED"))
                .body("error.stage", equalTo("script"))
                .body("error.retryable", equalTo(true));
        studio.verify(0, postRequestedFor(urlEqualTo(SPEECH)));
    }

    @Test
    void topicFieldsAreCheckedAndNameTheFieldToFix() {
        creator.request().body(Map.of("topic", "Tides", "script", "Hello.")).post("/api/v1/videos")
                .then().statusCode(400).body("errors[0].field", equalTo("topic"));
        creator.request().body(Map.of("script", "Hello.", "sceneCount", 3)).post("/api/v1/videos")
                .then().statusCode(400).body("errors[0].field", equalTo("sceneCount"));
        creator.request().body(Map.of("topic", "Tides", "durationSeconds", 5000)).post("/api/v1/videos")
                .then().statusCode(400).body("errors[0].field", equalTo("durationSeconds"));
        studio.verify(0, postRequestedFor(urlEqualTo(CHAT)));
    }

    private String create(Object body) {
        return creator.request().header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/videos").then().statusCode(202).extract().path("id");
    }

    private RenderResult render(String id, boolean lastAttempt) {
        return renders.render(VideoId.parse(id), null, ByHand.claim(lastAttempt))
                .await().atMost(Duration.ofMinutes(3));
    }
}
