package io.videogen.bootstrap.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * What the log says about a request, read back from the log file the test profile writes through the
 * same format and filter as the console: every line of a request carries its request, trace, span,
 * user and video ids, and no secret ever reaches the log.
 */
@QuarkusTest
class LogContextTest {

    private static final Logger LOG = Logger.getLogger(LogContextTest.class);

    @Inject
    InMemorySpanExporter spans;

    @Test
    void everyLineOfARequestCarriesItsIds() {
        Account ana = Account.signUp();
        String video = UUID.randomUUID().toString();
        String user = ana.id();
        String requestId = "req-" + UUID.randomUUID();

        ana.request().header("X-Request-Id", requestId)
                .when().get("/test/observability/videos/" + video + "/fail")
                .then().statusCode(500).header("X-Request-Id", requestId)
                .contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.equalTo("INTERNAL_ERROR"))
                .body("detail", org.hamcrest.Matchers.containsString("quote request id " + requestId))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")));

        SpanData server = InMemorySpans.await(spans, span -> span.getKind() == SpanKind.SERVER
                && requestId.equals(span.getAttributes().get(
                io.opentelemetry.api.common.AttributeKey.stringKey("videogen.request.id"))), "the request's span");
        List<String> lines = LogFile.lines().stream()
                .filter(line -> line.contains("req=" + requestId) || line.contains(video)).toList();
        assertThat(lines).as("the probe's line and the problem mapper's line").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(line -> assertThat(line).contains("req=" + requestId, "trace=" + server.getTraceId(),
                        "user=" + user, "video=" + video).containsPattern("span=[0-9a-f]{16}"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("request " + requestId + " failed"));
    }

    @Test
    void readingTheCallerForTheLogNeitherBreaksPublicEndpointsNorHidesA401() {
        String garbage = "Bearer not-a-token";
        given().header("Authorization", garbage).contentType("application/json")
                .body(java.util.Map.of("email", "x-" + UUID.randomUUID() + "@example.com",
                        "password", "a long enough passphrase 42"))
                .post("/api/v1/auth/register").then().statusCode(201);
        given().header("Authorization", garbage).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void passwordsTokensAndSecretsNeverReachTheLog() {
        // a real sign-up, sign-in, a refresh and an authenticated request, with every secret they use
        Account ana = Account.signUp();
        ana.request().when().get("/api/v1/me").then().statusCode(200);
        given().contentType("application/json").body(java.util.Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(200);
        given().contentType("application/json").body(java.util.Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);
        LogFile.assertNeverContains(ana.password(), ana.accessToken(), ana.refreshToken());

        String password = "Correct-Horse-" + UUID.randomUUID();
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbmEifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
        String webhookSecret = "whsec-" + UUID.randomUUID();
        String apiKey = "sk-" + UUID.randomUUID();
        String marker = UUID.randomUUID().toString();

        // lines someone might add by mistake: the filter takes the values out
        LOG.infof("%s calling provider with Authorization: Bearer %s", marker, jwt);
        LOG.infof("%s login attempt {\"email\":\"ana@example.com\",\"password\":\"%s\"}", marker, password);
        LOG.warnf("%s webhook secret=%s apiKey: %s", marker, webhookSecret, apiKey);

        List<String> planted = LogFile.linesWith(marker);
        assertThat(planted).hasSize(3).allSatisfy(line -> assertThat(line).contains("[redacted]"));
        LogFile.assertNeverContains(password, jwt, webhookSecret, apiKey);
    }
}
