package io.videogen.bootstrap.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Security headers, caching of token responses, CORS off by default, and request size limits. */
@QuarkusTest
class HardeningTest {

    @Test
    void apiResponsesCarryTheSecurityHeaders() {
        Users.User ana = Users.signUp();
        secured(ana.request().get("/api/v1/videos").then().statusCode(200))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void errorsAndNonApiResponsesCarryThemToo() {
        secured(given().get("/api/v1/no-such-thing").then().statusCode(404));
        secured(given().get("/api/v1/me").then().statusCode(401));
        secured(given().get("/q/health/live").then().statusCode(200));
    }

    @Test
    void responsesWithTokensOrAccountDataAreNeverCached() {
        Users.User ana = Users.signUp();
        given().contentType(ContentType.JSON).body(Map.of("email", ana.email(), "password", Users.PASSWORD))
                .post("/api/v1/auth/token")
                .then().statusCode(200).header("Cache-Control", "no-store");
        ana.request().get("/api/v1/me").then().statusCode(200).header("Cache-Control", "no-store");
        // the public keys may be cached: the resource's own Cache-Control stands
        given().get("/.well-known/jwks.json").then().statusCode(200)
                .header("Cache-Control", containsString("public"));
    }

    @Test
    void noHstsUnlessConfigured() {
        given().get("/q/health/live").then().header("Strict-Transport-Security", nullValue());
    }

    @Test
    void corsIsOffSoAForeignOriginGetsNoPermission() {
        given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/auth/token")
                .then().header("Access-Control-Allow-Origin", nullValue());
        Users.User ana = Users.signUp();
        ana.request().header("Origin", "https://evil.example.com").get("/api/v1/me")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aJsonBodyAboveTheLimitIsRefusedBeforeItIsRead() {
        String tooLarge = "{\"email\":\"" + "a".repeat(1_100_000) + "@example.com\",\"password\":\"x\"}";
        given().contentType(ContentType.JSON).body(tooLarge)
                .post("/api/v1/auth/register")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE"))
                .body("detail", containsString("larger than 1 MB"));
    }

    private static ValidatableResponse secured(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
}
