package io.videogen.bootstrap.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.videogen.bootstrap.observability.PrometheusScrape;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ChatProviders.class)
class ScriptsFromTopicTest {

    private static final String PRIMARY = "/primary/v1/chat/completions";
    private static final String BACKUP = "/backup/v1/chat/completions";
    private static final Map<String, Object> TOPIC = Map.of("topic", "How tides work", "durationSeconds", 30,
            "sceneCount", 2);

    WireMockServer providers;

    ProviderWorld world;

    @BeforeEach
    void signUp() {
        world.reset();
    }

    @AfterEach
    void switchEverythingOn() {
        Admin.request().body(Map.of("enabled", true)).put("/api/v1/admin/providers/primary").then().statusCode(200);
    }

    @Test
    void aTopicBecomesAnEditableDraftFromTheFirstProvider() {
        providers.stubFor(post(urlEqualTo(PRIMARY)).willReturn(okJson(ChatCompletions.holding(ChatCompletions.TIDES))));

        world.creator().request().body(Map.of("topic", "How tides work", "language", "en", "durationSeconds", 30,
                        "sceneCount", 2, "tone", "friendly", "audience", "children"))
                .post("/api/v1/scripts")
                .then().statusCode(200)
                .body("title", equalTo("Tides"))
                .body("language", equalTo("en"))
                .body("scenes.text", hasItems("The moon pulls on the oceans.", "Twice a day the water rises and falls."))
                .body("scenes[0].title", equalTo("The pull"))
                .body("scenes[0].visual.type", equalTo("prompt"))
                .body("scenes[0].visual.prompt", equalTo("the moon over a calm sea at night"));

        providers.verify(postRequestedFor(urlEqualTo(PRIMARY))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "Bearer " + ProviderStub.PRIMARY_KEY)));
        providers.verify(0, postRequestedFor(urlEqualTo(BACKUP)));
    }

    @Test
    void theDraftCanBeRenderedAsItIs() {
        providers.stubFor(post(urlEqualTo(PRIMARY)).willReturn(okJson(ChatCompletions.holding(ChatCompletions.TIDES))));
        Map<String, Object> draft = world.creator().request().body(TOPIC).post("/api/v1/scripts")
                .then().statusCode(200).extract().jsonPath().getMap("$");

        world.creator().request().header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("title", draft.get("title"), "scenes", draft.get("scenes")))
                .post("/api/v1/videos")
                .then().statusCode(202);
    }

    @Test
    void aFailingProviderFallsBackToTheNextLinkOfTheChain() {
        providers.stubFor(post(urlEqualTo(PRIMARY)).willReturn(aResponse().withStatus(500)));
        providers.stubFor(post(urlEqualTo(BACKUP)).willReturn(okJson(ChatCompletions.holding(ChatCompletions.TIDES))));
        double before = PrometheusScrape.now().value("videogen_provider_fallbacks_total", "capability", "chat",
                "provider", "backup");

        world.creator().request().body(TOPIC).post("/api/v1/scripts").then().statusCode(200)
                .body("title", equalTo("Tides"));

        providers.verify(2, postRequestedFor(urlEqualTo(PRIMARY)));
        providers.verify(1, postRequestedFor(urlEqualTo(BACKUP)));
        assertThat(PrometheusScrape.now().value("videogen_provider_fallbacks_total", "capability", "chat",
                "provider", "backup")).isEqualTo(before + 1);
        assertThat(PrometheusScrape.now().value("videogen_provider_requests_total", "provider", "primary",
                "capability", "chat", "outcome", "error")).isPositive();
    }

    @Test
    void everyProviderDownAnswers503WithRetryAfter() {
        // waited out before the primary's one retry (videogen.ai.resilience.max-retries=1 in this profile): short,
        // and neither the 30 s said without one nor the 1 s floor
        providers.stubFor(post(urlEqualTo(PRIMARY)).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "2")));
        providers.stubFor(post(urlEqualTo(BACKUP)).willReturn(aResponse().withStatus(502)));

        world.creator().request().body(TOPIC).post("/api/v1/scripts")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("code", equalTo("PROVIDER_UNAVAILABLE"))
                .body("detail", containsString("provider 'primary' (chat): answered HTTP 503"))
                .body("detail", containsString("provider 'backup' (chat): answered HTTP 502"));
    }

    @Test
    void answersThatAreNoScriptFailWithScriptGenerationFailed() {
        providers.stubFor(post(urlEqualTo(PRIMARY)).willReturn(okJson(ChatCompletions.holding("Sure! Here is a script"))));
        providers.stubFor(post(urlEqualTo(BACKUP)).willReturn(okJson(ChatCompletions.holding("{\"title\":\"x\"}"))));

        world.creator().request().body(TOPIC).post("/api/v1/scripts")
                .then().statusCode(502)
                .body("code", equalTo("SCRIPT_GENERATION_FAILED"))
                .body("detail", containsString("not JSON"))
                .body("detail", containsString("breaks the script schema"));
        providers.verify(2, postRequestedFor(urlEqualTo(PRIMARY)));
        providers.verify(2, postRequestedFor(urlEqualTo(BACKUP)));
    }

    @Test
    void aSwitchedOffProviderIsSkipped() {
        providers.stubFor(post(urlEqualTo(BACKUP)).willReturn(okJson(ChatCompletions.holding(ChatCompletions.TIDES))));

        Admin.request().body(Map.of("enabled", false)).put("/api/v1/admin/providers/primary")
                .then().statusCode(200).body("name", equalTo("primary")).body("enabled", equalTo(false));
        world.creator().request().body(TOPIC).post("/api/v1/scripts").then().statusCode(200);

        providers.verify(0, postRequestedFor(urlEqualTo(PRIMARY)));
        world.creator().request().get("/api/v1/providers").then().statusCode(200)
                .body("find { it.name == 'primary' }.enabled", equalTo(false));
    }

    @Test
    void onlyAdminsSwitchProvidersAndOnlyConfiguredOnes() {
        world.creator().request().body(Map.of("enabled", false)).put("/api/v1/admin/providers/primary")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Admin.request().body(Map.of("enabled", false)).put("/api/v1/admin/providers/nobody")
                .then().statusCode(404).body("code", equalTo("RESOURCE_NOT_FOUND"))
                .body("detail", containsString("no provider named 'nobody'"));
        Admin.request().body(Map.of()).put("/api/v1/admin/providers/primary")
                .then().statusCode(400).body("errors[0].field", equalTo("enabled"));
    }

    @Test
    void providersAreListedWithCapabilitiesAndHealthButNoKey() {
        String body = world.creator().request().get("/api/v1/providers").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.contains("backup", "primary"))
                .body("find { it.name == 'primary' }.kind", equalTo("openai"))
                .body("find { it.name == 'primary' }.capabilities", org.hamcrest.Matchers.contains("chat"))
                .body("find { it.name == 'primary' }.models.chat", equalTo("gpt-4o-mini"))
                .body("find { it.name == 'primary' }.circuit", equalTo("closed"))
                .extract().asString();
        assertThat(body).doesNotContain(ProviderStub.PRIMARY_KEY).doesNotContain("apiKey");
    }

    @Test
    void aTopicIsCheckedBeforeAnyProviderIsAsked() {
        world.creator().request().body(Map.of("topic", " ", "durationSeconds", 5)).post("/api/v1/scripts")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("topic", "durationSeconds"));
        world.creator().request().body(Map.of("topic", "tides", "language", "not a language")).post("/api/v1/scripts")
                .then().statusCode(400).body("errors[0].field", equalTo("language"));
        providers.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void viewersCannotDraftScripts() {
        given().contentType(ContentType.JSON).body(TOPIC).post("/api/v1/scripts").then().statusCode(401);
    }
}
