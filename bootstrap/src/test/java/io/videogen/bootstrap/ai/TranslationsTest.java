package io.videogen.bootstrap.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.videogen.bootstrap.ai.MediaProviderStub.CHAT;
import static io.videogen.bootstrap.ai.MediaProviderStub.IMAGES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.bootstrap.api.Accounts;
import io.videogen.domain.video.FailureCode;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/videos/{id}/translations}: a new video whose script stage has the chat provider
 * translate the source's scenes, checked for glossary terms, spoken by a voice of the language.
 */
@QuarkusTest
@TestProfile(MediaProviders.class)
class TranslationsTest {

    WireMockServer studio;

    ProviderWorld world;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void reset() throws Exception {
        world.reset();
        world.speaks(MediaSamples.tone(1000, 1.0));
        world.paints(MediaSamples.png(MediaSamples.RED));
    }

    @Test
    void anEnglishVideoBecomesASpanishOneWithTheStubsWordsOverTheSourcesStills() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String source = renderedSource(mark);
        studio.verify(3, postRequestedFor(urlEqualTo(IMAGES)));
        studio.stubFor(post(urlEqualTo(CHAT)).willReturn(okJson(ChatCompletions.holding(spanish(mark, "videogen")))));

        String id = world.creator().request().body(Map.of("language", "es", "glossary", List.of("videogen")))
                .post("/api/v1/videos/" + source + "/translations").then().statusCode(202)
                .body("sourceVideoId", equalTo(source)).body("language", equalTo("es"))
                .body("status", equalTo("queued")).extract().path("id");
        double stillHits = stillHits();
        RenderResult result = world.render(id, false);

        assertThat(result.outcome()).as(String.valueOf(result.failure())).isEqualTo(Outcome.COMPLETED);
        assertThat(stillHits() - stillHits).as("each of the three stills is found in the workspace the source's "
                + "seeded, not composed again").isEqualTo(3.0);
        String firstSpanishVoice = world.creator().request().get("/api/v1/voices").then().statusCode(200)
                .extract().path("find { it.language == 'es' }.id");
        world.creator().request().get("/api/v1/videos/" + id).then().statusCode(200)
                .body("status", equalTo("completed")).body("sourceVideoId", equalTo(source))
                .body("language", equalTo("es"))
                .body("provenance.voice.voiceId", everyItem(equalTo(firstSpanishVoice)));
        String captions = world.creator().request().get("/api/v1/videos/" + id + "/captions.srt").then().statusCode(200)
                .extract().asString().replaceAll("\\s+", " ");
        assertThat(captions).as("the captions are the stub's translation")
                .contains("El faro " + mark + " de videogen guía los barcos.")
                .contains("Su lámpara gira toda la noche.").contains("El mar está tranquilo.")
                .doesNotContain("lighthouse");
        studio.verify(1, postRequestedFor(urlEqualTo(CHAT)));
        studio.verify(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(matchingJsonPath("$.messages[1].content",
                containing("lighthouse " + mark))));
        studio.verify(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(matchingJsonPath(
                "$.response_format.json_schema.schema.properties.scenes.maxItems", equalTo3())));
        studio.verify(3, postRequestedFor(urlEqualTo(IMAGES)).withRequestBody(matchingJsonPath("$.prompt",
                containing(mark))));
        assertThat(studio.findAll(postRequestedFor(urlEqualTo(IMAGES)))).as("no picture is asked of the image "
                + "provider again").hasSize(3);
    }

    @Test
    void aTranslationThatChangesAGlossaryTermIsAskedForOnceMoreThenFailsTheVideo() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String source = renderedSource(mark);
        studio.stubFor(post(urlEqualTo(CHAT)).willReturn(okJson(ChatCompletions.holding(spanish(mark, "videogén")))));

        String id = world.creator().request().body(Map.of("language", "es", "glossary", List.of("videogen")))
                .post("/api/v1/videos/" + source + "/translations").then().statusCode(202).extract().path("id");
        RenderResult early = world.render(id, false);
        assertThat(early.outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
        assertThat(early.failure()).hasValueSatisfying(failure ->
                assertThat(failure.code()).isEqualTo(FailureCode.TRANSLATION_FAILED));
        studio.verify(2, postRequestedFor(urlEqualTo(CHAT)));

        assertThat(world.render(id, true).outcome()).isEqualTo(Outcome.FAILED);
        world.creator().request().get("/api/v1/videos/" + id).then()
                .body("status", equalTo("failed"))
                .body("error.code", equalTo("TRANSLATION_FAILED"))
                .body("error.stage", equalTo("script"));
        assertThat(world.creator().request().get("/api/v1/videos/" + id).then().extract().<String>path("error.message"))
                .contains("videogen");
    }

    @Test
    void anotherUsersVideoIsNotFoundAndALanguageWithoutAVoiceNamesVoiceId() {
        String source = world.creator().request().body(sourceBody("x" + UUID.randomUUID())).post("/api/v1/videos")
                .then().statusCode(202).extract().path("id");
        Accounts.signUp().request().body(Map.of("language", "es"))
                .post("/api/v1/videos/" + source + "/translations").then().statusCode(404);
        world.creator().request().body(Map.of("language", "tlh"))
                .post("/api/v1/videos/" + source + "/translations").then().statusCode(400)
                .body("errors[0].field", equalTo("voiceId"));
        world.creator().request().body(Map.of("language", "es", "voiceId", "nobody"))
                .post("/api/v1/videos/" + source + "/translations").then().statusCode(400)
                .body("errors[0].field", equalTo("voiceId"));
        studio.verify(0, postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void translationsSwitchedOffAnswerFeatureDisabled() {
        String source = world.creator().request().body(sourceBody("y" + UUID.randomUUID())).post("/api/v1/videos")
                .then().statusCode(202).extract().path("id");
        Admin.request().body(Map.of("enabled", false)).put("/api/v1/admin/flags/translations").then().statusCode(200);
        try {
            world.creator().request().body(Map.of("language", "es"))
                    .post("/api/v1/videos/" + source + "/translations").then().statusCode(403)
                    .body("code", equalTo("FEATURE_DISABLED"));
        } finally {
            Admin.request().body(Map.of("enabled", true)).put("/api/v1/admin/flags/translations").then()
                    .statusCode(200);
        }
    }

    private double stillHits() {
        var counter = registry.find("videogen.cache.requests").tag("cache", "still").tag("result", "hit").counter();
        return counter == null ? 0 : counter.count();
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern equalTo3() {
        return com.github.tomakehurst.wiremock.client.WireMock.equalTo("3");
    }

    /** A rendered English video of three scenes, each over a painted picture. */
    private String renderedSource(String mark) {
        return world.rendered(sourceBody(mark));
    }

    private static Map<String, Object> sourceBody(String mark) {
        return Map.of("scenes", List.of(
                        scene("The lighthouse " + mark + " of videogen guides the ships.", "a red lighthouse " + mark),
                        scene("Its lamp turns all night.", "a red lamp " + mark),
                        scene("The sea is calm.", "a red sea " + mark)),
                "voice", Map.of("voiceId", "studio:af_bella"),
                "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft"));
    }

    private static Map<String, Object> scene(String text, String prompt) {
        return Map.of("text", text, "visual", Map.of("type", "prompt", "prompt", prompt));
    }

    private static String spanish(String mark, String product) {
        return "{\"scenes\":["
                + "{\"text\":\"El faro " + mark + " de " + product + " guía los barcos.\",\"caption\":null,\"title\":null},"
                + "{\"text\":\"Su lámpara gira toda la noche.\",\"caption\":null,\"title\":null},"
                + "{\"text\":\"El mar está tranquilo.\",\"caption\":null,\"title\":null}]}";
    }
}
