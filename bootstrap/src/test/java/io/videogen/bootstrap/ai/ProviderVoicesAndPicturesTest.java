package io.videogen.bootstrap.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.videogen.bootstrap.ai.MediaProviderStub.IMAGES;
import static io.videogen.bootstrap.ai.MediaProviderStub.SPEECH;
import static io.videogen.bootstrap.ai.MediaSamples.RED;
import static io.videogen.bootstrap.ai.MediaSamples.centre;
import static io.videogen.bootstrap.ai.MediaSamples.isRed;
import static io.videogen.bootstrap.ai.MediaSamples.png;
import static io.videogen.bootstrap.ai.MediaSamples.tone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.videogen.bootstrap.api.Accounts;
import io.videogen.bootstrap.api.Accounts.Account;
import io.videogen.bootstrap.observability.PrometheusScrape;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Provider voices and pictures in rendered videos, and the offline links taking over from a bad answer. */
@QuarkusTest
@TestProfile(MediaProviders.class)
class ProviderVoicesAndPicturesTest {

    WireMockServer studio;

    ProviderWorld world;

    @BeforeEach
    void reset() {
        world.reset();
    }

    @Test
    void providerVoicesAreListedWithProviderIds() {
        world.creator().request().get("/api/v1/voices").then().statusCode(200)
                .body("id", hasItems("en-US-default", "studio:af_bella", "studio:ef_dora"))
                .body("find { it.id == 'studio:ef_dora' }.provider", equalTo("studio"))
                .body("find { it.id == 'studio:ef_dora' }.language", equalTo("es"));
    }

    @Test
    void aVideoIsSpokenByTheProviderVoiceOverTheProvidersPicture() throws Exception {
        world.speaks(tone(440, 3.0));
        world.paints(png(RED));

        String id = render("studio:af_bella");

        world.creator().request().get("/api/v1/videos/" + id).then().body("status", equalTo("completed"));
        int duration = world.creator().request().get("/api/v1/videos/" + id).then().extract().path("durationMs");
        assertThat(duration).as("the stub's 3 s tone, not the offline voice's short line").isGreaterThanOrEqualTo(3000);
        assertThat(centre(thumbnail(id))).satisfies(rgb -> assertThat(isRed(rgb)).as(Integer.toHexString(rgb))
                .isTrue());
        studio.verify(postRequestedFor(urlEqualTo(SPEECH)).withRequestBody(matchingJsonPath("$.voice",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("af_bella"))));
        studio.verify(postRequestedFor(urlEqualTo(IMAGES)).withRequestBody(matchingJsonPath("$.prompt",
                com.github.tomakehurst.wiremock.client.WireMock.matching("a red barn in a green field, A barn called .*"))));
    }

    @Test
    void theProviderVoiceHearsTheUsersPronunciationWhileCaptionsKeepTheWrittenWord() throws Exception {
        world.speaks(tone(440, 2.0));
        world.paints(png(RED));
        world.creator().request().body(Map.of("videogen", "video gen")).put("/api/v1/me/pronunciations").then()
                .statusCode(200);
        String barn = java.util.UUID.randomUUID().toString();

        String id = render("studio:af_bella", "Videogen painted barn " + barn + ".");

        studio.verify(postRequestedFor(urlEqualTo(SPEECH)).withRequestBody(matchingJsonPath("$.input",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("video gen painted barn " + barn + "."))));
        world.creator().request().get("/api/v1/videos/" + id + "/captions.json").then().statusCode(200)
                .body("words[0].text", equalTo("Videogen"));
    }

    @Test
    void aTruncatedVoiceAndAPictureThatIsNoImageFallBackToTheOfflineLinks() throws Exception {
        byte[] whole = tone(440, 3.0);
        world.speaks(Arrays.copyOf(whole, whole.length / 3));
        world.paints("<html>not an image</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        PrometheusScrape before = PrometheusScrape.now();
        LeftoverFiles leftovers = LeftoverFiles.now();

        String id = render("studio:af_bella");

        world.creator().request().get("/api/v1/videos/" + id).then().body("status", equalTo("completed"))
                .body("provenance[0].voice.provider", equalTo("offline"))
                .body("provenance[0].voice.fallback", equalTo(true))
                .body("provenance[0].visual.provider", equalTo("offline"))
                .body("provenance[0].visual.fallback", equalTo(true));
        assertThat(isRed(centre(thumbnail(id)))).as("the offline picture, not the provider's").isFalse();
        PrometheusScrape after = PrometheusScrape.now();
        assertThat(after.value("videogen_provider_fallbacks_total", "capability", "speech", "provider", "offline")
                - before.value("videogen_provider_fallbacks_total", "capability", "speech", "provider", "offline"))
                .isEqualTo(1);
        assertThat(after.value("videogen_provider_fallbacks_total", "capability", "image", "provider", "offline")
                - before.value("videogen_provider_fallbacks_total", "capability", "image", "provider", "offline"))
                .isEqualTo(1);
        assertThat(after.value("videogen_provider_requests_total", "provider", "studio", "capability", "speech",
                "outcome", "invalid")).isPositive();
        leftovers.assertNoneAdded();
    }

    @Test
    void theSameScenesAreNotPaidForTwiceNotEvenAfterRedisForgets() throws Exception {
        world.speaks(tone(440, 2.0));
        world.paints(png(RED));
        String text = "A barn kept as " + java.util.UUID.randomUUID() + ".";
        PrometheusScrape before = PrometheusScrape.now();

        render("studio:ef_dora", text);
        assertThat(studio.getAllServeEvents()).hasSize(2);

        studio.resetRequests();
        Account other = world.creator();
        world.actAs(Accounts.signUp()); // another user, another video, the same scene
        String again = render("studio:ef_dora", text);
        assertThat(studio.getAllServeEvents()).as("served from the cache").isEmpty();
        assertThat(isRed(centre(thumbnail(again)))).isTrue();

        world.redisForgets();
        world.actAs(other);
        render("studio:ef_dora", text);
        assertThat(studio.getAllServeEvents()).as("found in the media store").isEmpty();

        PrometheusScrape after = PrometheusScrape.now();
        assertThat(after.value("videogen_provider_cache_requests_total", "capability", "speech", "result", "hit")
                - before.value("videogen_provider_cache_requests_total", "capability", "speech", "result", "hit"))
                .isEqualTo(2);
        assertThat(after.value("videogen_provider_cache_requests_total", "capability", "image", "result", "hit")
                - before.value("videogen_provider_cache_requests_total", "capability", "image", "result", "hit"))
                .isEqualTo(2);
    }

    /** A scene no other test renders, so no cached result answers for the provider. */
    private String render(String voiceId) {
        return render(voiceId, "A barn called " + java.util.UUID.randomUUID() + ".");
    }

    private String render(String voiceId, String text) {
        return world.rendered(Map.of("title", "Barn",
                "voice", Map.of("voiceId", voiceId),
                "scenes", List.of(Map.of("text", text, "visual", Map.of("type", "prompt",
                        "prompt", "a red barn in a green field, " + text))),
                "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft")));
    }

    private BufferedImage thumbnail(String id) throws Exception {
        byte[] jpeg = world.creator().request().get("/api/v1/videos/" + id + "/thumbnail").then().statusCode(200)
                .extract().asByteArray();
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }
}
