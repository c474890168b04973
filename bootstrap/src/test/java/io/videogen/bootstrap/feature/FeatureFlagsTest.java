package io.videogen.bootstrap.feature;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.videogen.application.feature.FeatureFlags;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.FeatureFlagStore;
import io.videogen.application.port.out.SecurityEventLog;
import io.videogen.bootstrap.worker.Eventually;
import io.videogen.domain.feature.Feature;
import io.videogen.domain.feature.FeatureDisabledException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Feature flags through the API, and a second instance sharing the same PostgreSQL. */
@QuarkusTest
class FeatureFlagsTest {

    private static final String ADMIN_EMAIL = "admin@videogen.test";
    private static final String ADMIN_PASSWORD = "test admin passphrase 2024";

    @Inject
    FeatureFlagStore store;
    @Inject
    SecurityEventLog audit;
    @Inject
    Clock clock;

    @AfterEach
    void everythingOnAgain() {
        for (Feature feature : Feature.values()) {
            admin().body(Map.of("enabled", true)).put("/api/v1/admin/flags/" + feature.flagName())
                    .then().statusCode(200);
        }
    }

    @Test
    void adminsListTheFlagsWithTheirDescriptions() {
        admin().get("/api/v1/admin/flags").then().statusCode(200)
                .body("name", hasItems("registration", "ai-providers", "batches", "translations", "studio"))
                .body("find { it.name == 'registration' }.enabled", equalTo(true))
                .body("find { it.name == 'registration' }.description", containsString("register"));
    }

    @Test
    void registrationSwitchedOffAnswers403FeatureDisabled() {
        admin().body(Map.of("enabled", false)).put("/api/v1/admin/flags/registration").then().statusCode(200)
                .body("name", equalTo("registration")).body("enabled", equalTo(false));

        register().then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("FEATURE_DISABLED")).body("detail", containsString("registration"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("videogen_feature_enabled{feature=\"registration\"} 0.0"))
                .body(containsString("videogen_feature_enabled{feature=\"batches\"} 1.0"));

        admin().body(Map.of("enabled", true)).put("/api/v1/admin/flags/registration").then().statusCode(200);
        register().then().statusCode(201);
    }

    @Test
    void theStudioSwitchedOffAnswers403OnItsPagesWhileTheApiStaysOpen() {
        given().get("/").then().statusCode(200);
        admin().body(Map.of("enabled", false)).put("/api/v1/admin/flags/studio").then().statusCode(200);

        for (String page : new String[] {"/", "/index.html", "/studio/app.js"}) {
            given().get(page).then().statusCode(403).contentType("application/problem+json")
                    .body("code", equalTo("FEATURE_DISABLED")).body("detail", containsString("flags/studio"));
        }
        register().then().statusCode(201);

        admin().body(Map.of("enabled", true)).put("/api/v1/admin/flags/studio").then().statusCode(200);
        given().get("/studio/app.js").then().statusCode(200);
    }

    @Test
    void aiProvidersSwitchedOffRefuseEverythingThatNeedsAProviderUpFront() {
        register().then().statusCode(201);
        String creator = given().contentType(ContentType.JSON)
                .body(Map.of("email", lastEmail, "password", "a long enough passphrase 42"))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
        admin().body(Map.of("enabled", false)).put("/api/v1/admin/flags/ai-providers").then().statusCode(200);
        Map<String, Object> topicVideo = Map.of("topic", "tides");
        Map<String, Object> clipVideo = Map.of("title", "Lake", "scenes", List.of(Map.of("text", "A lake.",
                "visual", Map.of("type", "clip", "prompt", "a calm mountain lake at dawn"))));

        given().header("Authorization", "Bearer " + creator).contentType(ContentType.JSON)
                .body(Map.of("topic", "tides")).post("/api/v1/scripts").then().statusCode(403)
                .body("code", equalTo("FEATURE_DISABLED")).body("detail", containsString("ai-providers"));
        for (Map<String, Object> body : List.of(topicVideo, clipVideo)) {
            given().header("Authorization", "Bearer " + creator).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/videos").then().statusCode(403).contentType("application/problem+json")
                    .body("code", equalTo("FEATURE_DISABLED")).body("detail", containsString("ai-providers"));
        }
        given().header("Authorization", "Bearer " + creator).get("/api/v1/videos").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());

        // switched on again, the same requests are judged on what they ask: no chat provider here, a clip falls back
        admin().body(Map.of("enabled", true)).put("/api/v1/admin/flags/ai-providers").then().statusCode(200);
        given().header("Authorization", "Bearer " + creator).contentType(ContentType.JSON).body(topicVideo)
                .post("/api/v1/videos").then().statusCode(422).body("code", equalTo("PROVIDER_NOT_CONFIGURED"));
        given().header("Authorization", "Bearer " + creator).contentType(ContentType.JSON).body(clipVideo)
                .post("/api/v1/videos").then().statusCode(202);
    }

    @Test
    void aFlagSwitchedOffOnOneInstanceHoldsOnAnotherWithinTwoSeconds() {
        FeatureFlags second = new FeatureFlags(store, Map.of(), audit, clock, Duration.ofSeconds(1));
        second.require(Feature.BATCHES).await().atMost(Duration.ofSeconds(5));

        admin().body(Map.of("enabled", false)).put("/api/v1/admin/flags/batches").then().statusCode(200);
        long switched = System.nanoTime();

        Eventually.within(Duration.ofSeconds(2), () -> assertThatThrownBy(
                () -> second.require(Feature.BATCHES).await().atMost(Duration.ofSeconds(1)))
                .isInstanceOf(FeatureDisabledException.class));
        assertThat(Duration.ofNanos(System.nanoTime() - switched)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void onlyAdminsSwitchFlagsAndOnlyKnownOnes() {
        admin().body(Map.of("enabled", false)).put("/api/v1/admin/flags/teleport").then().statusCode(404);
        admin().body(Map.of()).put("/api/v1/admin/flags/batches").then().statusCode(400)
                .body("errors[0].field", equalTo("enabled"));
        register().then().statusCode(201);
        String creator = given().contentType(ContentType.JSON)
                .body(Map.of("email", lastEmail, "password", "a long enough passphrase 42"))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
        given().header("Authorization", "Bearer " + creator).get("/api/v1/admin/flags").then().statusCode(403);
    }

    private String lastEmail;

    private io.restassured.response.Response register() {
        lastEmail = "flags-" + UUID.randomUUID() + "@example.com";
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", lastEmail, "password", "a long enough passphrase 42"))
                .post("/api/v1/auth/register");
    }

    private static RequestSpecification admin() {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }
}
