package io.videogen.bootstrap.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.videogen.bootstrap.worker.Eventually;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verifier remembers tokens it has verified (presentation/security/VerifiedTokens), for up to a
 * minute. What it remembers must never let through anything the full check would refuse: a token
 * stops working at its expiry however recently it was verified, and only the exact string that was
 * verified is remembered, so a changed payload or signature of a remembered token is checked, and
 * refused, like any other.
 */
@QuarkusTest
class RememberedTokensTest {

    private Tokens tokens;
    private Users.User user;

    @BeforeEach
    void signUp() {
        tokens = Tokens.ofTheService();
        user = Users.signUp();
    }

    @Test
    void aRememberedTokenIsRefusedFromItsExpiryOn() {
        Map<String, Object> claims = Tokens.claims(user.id(), "creator");
        long now = Instant.now().getEpochSecond();
        claims.put("iat", now);
        claims.put("exp", now + 5);
        String shortLived = tokens.valid(claims);
        accepted(shortLived);
        accepted(shortLived);  // now answered from memory

        // the memory would keep it for a minute; its exp ends it within seconds
        Eventually.within(Duration.ofSeconds(15), () -> given().header("Authorization", "Bearer " + shortLived)
                .get("/api/v1/me").then().statusCode(401).body("code", equalTo("AUTHENTICATION_REQUIRED")));
    }

    @Test
    void aRememberedTokenWithAnotherPayloadOrSignatureIsRefused() {
        String genuine = user.accessToken();
        accepted(genuine);

        refused(Tokens.withPayload(genuine, Tokens.claims(user.id(), "admin")));
        String[] parts = genuine.split("\\.");
        char last = parts[2].charAt(0);
        refused(parts[0] + "." + parts[1] + "." + (last == 'A' ? 'B' : 'A') + parts[2].substring(1));
        refused(parts[0] + "." + parts[1] + ".");
        accepted(genuine);
    }

    @Test
    void aRememberedTokenKeepsItsOwnRoles() {
        String viewer = tokens.valid(Tokens.claims(user.id(), "viewer"));
        accepted(user.accessToken());
        accepted(viewer);

        given().header("Authorization", "Bearer " + viewer).contentType("application/json")
                .body("{\"script\":\"A viewer may not create videos.\"}")
                .post("/api/v1/videos")
                .then().statusCode(403);
    }

    private static void accepted(String token) {
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200);
    }

    private static void refused(String token) {
        given().header("Authorization", "Bearer " + token).get("/api/v1/me")
                .then().statusCode(401).body("code", equalTo("AUTHENTICATION_REQUIRED"));
    }
}
