package io.videogen.bootstrap.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.videogen.bootstrap.ai.MediaProviderStub.CHAT;
import static io.videogen.bootstrap.ai.MediaProviderStub.IMAGES;
import static io.videogen.bootstrap.ai.MediaProviderStub.SPEECH;
import static io.videogen.bootstrap.ai.MediaSamples.RED;
import static io.videogen.bootstrap.ai.MediaSamples.png;
import static io.videogen.bootstrap.ai.MediaSamples.tone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.domain.video.FailureCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each way a provider can fail, in a whole render: the video completes through the offline link
 * with {@code provenance} saying so, or fails with the typed, retryable error; none hangs, and none
 * leaves a partial file behind.
 */
@QuarkusTest
@TestProfile(MediaProviders.class)
class ProviderFaultsTest {

    WireMockServer studio;

    ProviderWorld world;

    private LeftoverFiles leftovers;

    @BeforeEach
    void reset() throws Exception {
        leftovers = LeftoverFiles.now();
        world.reset();
        world.speaks(tone(440, 1.0));
        world.paints(png(RED));
    }

    /** Whatever failed, nothing half-written stays in the workspaces, the media store or the result cache. */
    @AfterEach
    void noPartialFiles() {
        leftovers.assertNoneAdded();
    }

    @Test
    void aVoiceSlowerThanTheTimeoutIsSpokenOffline() {
        studio.stubFor(post(urlEqualTo(SPEECH)).willReturn(aResponse().withStatus(200).withFixedDelay(4_000)
                .withHeader("Content-Type", "audio/wav").withBody(tone(440, 1.0))));
        long started = System.nanoTime();

        String id = renderCompleted();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("cut off at the 2 s timeout")
                .isLessThan(Duration.ofSeconds(60));
        provenance(id).body("provenance[0].voice.provider", equalTo("offline"))
                .body("provenance[0].voice.voiceId", equalTo("en-US-default"))
                .body("provenance[0].voice.fallback", equalTo(true))
                .body("provenance[0].visual.provider", equalTo("studio"))
                .body("provenance[0].visual.fallback", equalTo(false));
    }

    @Test
    void aBurstOfServerErrorsLeavesThePicturesToTheOfflinePainter() {
        studio.stubFor(post(urlEqualTo(IMAGES)).willReturn(aResponse().withStatus(500).withBody("overloaded")));

        String id = renderCompleted();

        provenance(id).body("provenance[0].voice.provider", equalTo("studio"))
                .body("provenance[0].voice.voiceId", equalTo("studio:af_bella"))
                .body("provenance[0].voice.fallback", equalTo(false))
                .body("provenance[0].visual.provider", equalTo("offline"))
                .body("provenance[0].visual.fallback", equalTo(true));
    }

    @Test
    void tooManyRequestsWithRetryAfterFallsBackInsteadOfWaiting() {
        studio.stubFor(post(urlEqualTo(SPEECH)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "1")));

        String id = renderCompleted();

        provenance(id).body("provenance[0].voice.provider", equalTo("offline")).body("provenance[0].voice.fallback", equalTo(true));
    }

    @Test
    void anImageAnswerThatIsNotJsonIsReplacedByTheOfflinePicture() {
        studio.stubFor(post(urlEqualTo(IMAGES)).willReturn(json("{\"created\":1,\"data\":[{\"b64_json\":")));

        String id = renderCompleted();

        provenance(id).body("provenance[0].visual.provider", equalTo("offline")).body("provenance[0].visual.fallback", equalTo(true));
    }

    @Test
    void aScriptThatBreaksTheSchemaFailsTheTopicVideoRetryably() {
        studio.stubFor(post(urlEqualTo(CHAT)).willReturn(okJson(ChatCompletions.holding(
                "{\"title\":\"Tides\",\"scenes\":[{\"words\":\"no text field\"}]}"))));
        String id = world.create(Map.of("topic", "Tides " + UUID.randomUUID(), "durationSeconds", 20,
                "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft")));

        RenderResult result = world.render(id);

        assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
        assertThat(result.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.code()).isEqualTo(FailureCode.SCRIPT_GENERATION_FAILED);
            assertThat(failure.retryable()).isTrue();
        });
        studio.verify(2, postRequestedFor(urlEqualTo(CHAT)));
        studio.verify(0, postRequestedFor(urlEqualTo(SPEECH)));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** A one-scene video in a provider voice over a prompt picture, rendered to the end. */
    private String renderCompleted() {
        String text = "A barn called " + UUID.randomUUID() + ".";
        return world.rendered(Map.of("title", "Barn", "voice", Map.of("voiceId", "studio:af_bella"),
                "scenes", List.of(Map.of("text", text, "visual", Map.of("type", "prompt", "prompt",
                        "a red barn, " + text))),
                "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft")));
    }

    private ValidatableResponse provenance(String id) {
        return world.creator().request().get("/api/v1/videos/" + id).then().statusCode(200)
                .body("status", equalTo("completed"));
    }
}
