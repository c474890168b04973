package io.videogen.bootstrap.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.bootstrap.api.Accounts;
import io.videogen.bootstrap.api.Accounts.Account;
import io.videogen.bootstrap.observability.LogFile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bring your own key, and the monthly quota: {@code /api/v1/me/provider-keys}, {@code /api/v1/me/usage}. */
@QuarkusTest
@TestProfile(ChatProviders.class)
class ProviderKeysTest {

    private static final String PRIMARY = "/primary/v1/chat/completions";
    private static final Map<String, Object> TOPIC = Map.of("topic", "How tides work", "durationSeconds", 30,
            "sceneCount", 2);

    WireMockServer providers;

    @Inject
    Pool database;

    ProviderWorld world;

    private Account ana;
    private Account bob;

    @BeforeEach
    void signUp() {
        world.reset();
        providers.stubFor(post(urlEqualTo(PRIMARY)).willReturn(okJson(ChatCompletions.holding(ChatCompletions.TIDES))));
        ana = world.creator();
        bob = Accounts.signUp();
    }

    @Test
    void aUsersOwnKeyIsUsedForTheirCallsOnlyAndIsNeverShownLoggedOrStoredInClear() {
        String own = "sk-ana-own-" + UUID.randomUUID().toString().replace("-", "");
        String set = ana.request().body(Map.of("apiKey", own)).put("/api/v1/me/provider-keys/primary")
                .then().statusCode(204).extract().asString();
        String listed = ana.request().get("/api/v1/me/provider-keys").then().statusCode(200)
                .body("provider", contains("primary"))
                .body("[0].last4", equalTo(own.substring(own.length() - 4)))
                .body("[0].updatedAt", notNullValue())
                .extract().asString();
        bob.request().get("/api/v1/me/provider-keys").then().statusCode(200).body("$", empty());

        String drafted = ana.request().body(TOPIC).post("/api/v1/scripts").then().statusCode(200).extract().asString();
        providers.verify(1, postRequestedFor(urlEqualTo(PRIMARY)).withHeader("Authorization",
                WireMock.equalTo("Bearer " + own)));
        bob.request().body(TOPIC).post("/api/v1/scripts").then().statusCode(200);
        providers.verify(1, postRequestedFor(urlEqualTo(PRIMARY)).withHeader("Authorization",
                WireMock.equalTo("Bearer " + ProviderStub.PRIMARY_KEY)));
        String catalog = ana.request().get("/api/v1/providers").then().statusCode(200).extract().asString();

        assertThat(List.of(set, listed, drafted, catalog)).as("no response shows the key")
                .noneMatch(body -> body.contains(own));
        LogFile.assertNeverContains(own);
        assertThat(everyRowAsText()).as("the database holds the key only encrypted").doesNotContain(own)
                .contains("v1:");

        ana.request().delete("/api/v1/me/provider-keys/primary").then().statusCode(204);
        ana.request().delete("/api/v1/me/provider-keys/primary").then().statusCode(404);
        ana.request().body(TOPIC).post("/api/v1/scripts").then().statusCode(200);
        providers.verify(2, postRequestedFor(urlEqualTo(PRIMARY)).withHeader("Authorization",
                WireMock.equalTo("Bearer " + ProviderStub.PRIMARY_KEY)));
    }

    @Test
    void keysAreCheckedAndNameWhatToFix() {
        ana.request().body(Map.of("apiKey", "sk-x")).put("/api/v1/me/provider-keys/nosuch")
                .then().statusCode(404).body("detail", org.hamcrest.Matchers.containsString("GET /api/v1/providers"));
        ana.request().body(Map.of("apiKey", " ")).put("/api/v1/me/provider-keys/primary")
                .then().statusCode(400).body("errors[0].field", equalTo("apiKey"));
        ana.request().body(Map.of("apiKey", "sk with spaces")).put("/api/v1/me/provider-keys/primary")
                .then().statusCode(400).body("errors[0].field", equalTo("apiKey"));
    }

    @Test
    void aUserAtTheQuotaIsStoppedWithoutAffectingAnother() {
        String period = YearMonth.now(ZoneOffset.UTC).toString();
        ana.request().body(TOPIC).post("/api/v1/scripts").then().statusCode(200);
        ana.request().body(TOPIC).post("/api/v1/scripts").then().statusCode(200);
        ana.request().get("/api/v1/me/usage").then().statusCode(200)
                .body("period", equalTo(period))
                .body("chatTokens", equalTo(320))
                .body("speechCharacters", equalTo(0))
                .body("limits.chatTokens", equalTo(300));

        ana.request().body(TOPIC).post("/api/v1/scripts").then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("QUOTA_EXCEEDED"))
                .header("Retry-After", notNullValue());
        providers.verify(2, postRequestedFor(urlEqualTo(PRIMARY)));

        bob.request().body(TOPIC).post("/api/v1/scripts").then().statusCode(200);
        bob.request().get("/api/v1/me/usage").then().body("chatTokens", equalTo(160));
    }

    @Test
    void aTopicVideoIsDraftedWithItsOwnersKeyAndMeteredToThem() {
        String own = "sk-ana-render-" + UUID.randomUUID().toString().replace("-", "");
        ana.request().body(Map.of("apiKey", own)).put("/api/v1/me/provider-keys/primary").then().statusCode(204);
        String id = ana.request().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("topic", "How tides work", "durationSeconds", 20, "sceneCount", 2,
                        "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft")))
                .post("/api/v1/videos").then().statusCode(202).extract().path("id");

        RenderResult result = world.render(id);

        assertThat(result.outcome()).as(String.valueOf(result.failure())).isEqualTo(Outcome.COMPLETED);
        providers.verify(1, postRequestedFor(urlEqualTo(PRIMARY)).withHeader("Authorization",
                WireMock.equalTo("Bearer " + own)));
        ana.request().get("/api/v1/me/usage").then().body("chatTokens", equalTo(160));
        bob.request().get("/api/v1/me/usage").then().body("chatTokens", equalTo(0));
        ana.request().get("/api/v1/videos/" + id).then().body("provenance.voice.provider", contains("offline",
                "offline"));
        LogFile.assertNeverContains(own);
    }

    @Test
    void aTopicVideoOfAUserAtTheQuotaFailsItsScriptStageNamingTheQuota() {
        ana.request().body(TOPIC).post("/api/v1/scripts").then().statusCode(200);
        ana.request().body(TOPIC).post("/api/v1/scripts").then().statusCode(200);
        String id = ana.request().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("topic", "How tides work", "durationSeconds", 20))
                .post("/api/v1/videos").then().statusCode(202).extract().path("id");

        RenderResult result = world.render(id, true);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        ana.request().get("/api/v1/videos/" + id).then().body("error.code", equalTo("SCRIPT_GENERATION_FAILED"))
                .body("error.message", org.hamcrest.Matchers.containsString("videogen.ai.quota.chat-tokens"));
        providers.verify(2, postRequestedFor(urlEqualTo(PRIMARY)));
    }

    /** Every row of every table of the service's schema, as text. */
    private String everyRowAsText() {
        List<String> tables = new ArrayList<>();
        for (Row row : database.query("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE'").execute()
                .await().atMost(Duration.ofSeconds(10))) {
            tables.add(row.getString(0));
        }
        StringBuilder all = new StringBuilder();
        for (String table : tables) {
            for (Row row : database.query("select t::text from \"" + table + "\" t").execute()
                    .await().atMost(Duration.ofSeconds(10))) {
                all.append(row.getString(0)).append('\n');
            }
        }
        return all.toString();
    }
}
