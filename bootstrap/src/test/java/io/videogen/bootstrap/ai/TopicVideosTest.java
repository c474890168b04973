package io.videogen.bootstrap.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.videogen.bootstrap.ai.MediaProviderStub.CHAT;
import static io.videogen.bootstrap.ai.MediaProviderStub.IMAGES;
import static io.videogen.bootstrap.ai.MediaProviderStub.SPEECH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.domain.video.FailureCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code topic} on {@code POST /api/v1/videos}: the script stage has the chat provider draft the scenes. */
@QuarkusTest
@TestProfile(MediaProviders.class)
class TopicVideosTest {

    private static final int TONE_HZ = 1000;

    WireMockServer studio;

    ProviderWorld world;

    @BeforeEach
    void reset() {
        world.reset();
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
        world.speaks(MediaSamples.tone(TONE_HZ, 1.5));
        world.paints(MediaSamples.png(MediaSamples.RED));

        String id = world.create(Map.of("topic", "Lighthouses " + mark, "durationSeconds", 20, "sceneCount", 2,
                "voice", Map.of("voiceId", "studio:af_bella"),
                "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft")));
        RenderResult result = world.render(id, false);

        assertThat(result.outcome()).as(String.valueOf(result.failure())).isEqualTo(Outcome.COMPLETED);
        world.creator().request().get("/api/v1/videos/" + id).then().statusCode(200)
                .body("status", equalTo("completed"))
                .body("spec.topic", equalTo("Lighthouses " + mark))
                .body("spec.scenes", nullValue())
                .body("provenance.scene", contains(0, 1))
                .body("provenance.voice.voiceId", contains("studio:af_bella", "studio:af_bella"))
                .body("provenance.voice.fallback", contains(false, false))
                .body("provenance.visual.provider", contains("studio", "studio"));
        String captions = world.creator().request().get("/api/v1/videos/" + id + "/captions.srt").then().statusCode(200)
                .extract().asString();
        assertThat(captions).as("the model's scenes are narrated").contains(mark).contains("all night long");
        studio.verify(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(matchingJsonPath("$.messages[*].content",
                com.github.tomakehurst.wiremock.client.WireMock.containing("Lighthouses " + mark))));
        studio.verify(2, postRequestedFor(urlEqualTo(IMAGES)));
        studio.verify(postRequestedFor(urlEqualTo(IMAGES)).withRequestBody(matchingJsonPath("$.prompt",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("a red lighthouse " + mark))));

        Path mp4 = Files.createTempFile("topic-", ".mp4");
        try {
            Files.write(mp4, world.creator().request().get("/api/v1/videos/" + id + "/file").then().statusCode(200)
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
        String id = world.create(Map.of("topic", "Tides " + UUID.randomUUID(), "durationSeconds", 20,
                "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft")));

        RenderResult early = world.render(id, false);
        assertThat(early.outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
        assertThat(early.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.code()).isEqualTo(FailureCode.SCRIPT_GENERATION_FAILED);
            assertThat(failure.retryable()).isTrue();
        });

        assertThat(world.render(id, true).outcome()).isEqualTo(Outcome.FAILED);
        world.creator().request().get("/api/v1/videos/" + id).then()
                .body("status", equalTo("failed"))
                .body("error.code", equalTo("SCRIPT_GENERATION_FAILED"))
                .body("error.stage", equalTo("script"))
                .body("error.retryable", equalTo(true));
        studio.verify(0, postRequestedFor(urlEqualTo(SPEECH)));
    }

    @Test
    void topicFieldsAreCheckedAndNameTheFieldToFix() {
        world.creator().request().body(Map.of("topic", "Tides", "script", "Hello.")).post("/api/v1/videos")
                .then().statusCode(400).body("errors[0].field", equalTo("topic"));
        world.creator().request().body(Map.of("script", "Hello.", "sceneCount", 3)).post("/api/v1/videos")
                .then().statusCode(400).body("errors[0].field", equalTo("sceneCount"));
        world.creator().request().body(Map.of("topic", "Tides", "durationSeconds", 5000)).post("/api/v1/videos")
                .then().statusCode(400).body("errors[0].field", equalTo("durationSeconds"));
        studio.verify(0, postRequestedFor(urlEqualTo(CHAT)));
    }
}
