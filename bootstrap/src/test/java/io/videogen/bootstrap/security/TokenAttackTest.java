package io.videogen.bootstrap.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forged, altered and misplaced access tokens, each against the real stack: every one answers 401
 * with a problem document and a Bearer challenge. The first test shows a well-made token of the
 * same shape is accepted, so each refusal comes from what its attack changed.
 */
@QuarkusTest
class TokenAttackTest {

    private Tokens tokens;
    private Users.User user;

    @BeforeEach
    void signUp() {
        tokens = Tokens.ofTheService();
        user = Users.signUp();
    }

    @Test
    void aTokenMadeLikeTheServiceMakesThemIsAccepted() {
        given().header("Authorization", "Bearer " + tokens.valid(Tokens.claims(user.id(), "creator")))
                .get("/api/v1/me")
                .then().statusCode(200).body("id", equalTo(user.id()));
    }

    @Test
    void algNoneIsRefused() {
        Map<String, Object> header = tokens.header("none");
        refused(Tokens.unsigned(header, Tokens.claims(user.id(), "creator")));
        refused(Tokens.unsigned(Map.of("alg", "none", "typ", "JWT"), Tokens.claims(user.id(), "admin")));
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() {
        byte[] der = tokens.publicKey().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
        Map<String, Object> claims = Tokens.claims(user.id(), "admin");

        refused(Tokens.hmac(pem.getBytes(StandardCharsets.US_ASCII), tokens.header("HS256"), claims));
        refused(Tokens.hmac(der, tokens.header("HS256"), claims));
    }

    @Test
    void anotherRsaAlgorithmWithTheRightKeyIsRefused() {
        refused(Tokens.rsa("RS512", "SHA512withRSA", tokens.privateKey(), tokens.header("RS512"),
                Tokens.claims(user.id(), "creator")));
    }

    @Test
    void anExpiredTokenIsRefused() {
        Map<String, Object> claims = Tokens.claims(user.id(), "creator");
        long now = Instant.now().getEpochSecond();
        claims.put("iat", now - 900);
        claims.put("exp", now - 1);
        refused(tokens.valid(claims));
    }

    @Test
    void aTokenNotValidYetIsRefused() {
        Map<String, Object> claims = Tokens.claims(user.id(), "creator");
        claims.put("nbf", Instant.now().getEpochSecond() + 3600);
        refused(tokens.valid(claims));
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        Map<String, Object> claims = Tokens.claims(user.id(), "creator");
        long later = Instant.now().getEpochSecond() + 3600;
        claims.put("iat", later);
        claims.put("exp", later + 600);
        refused(tokens.valid(claims));
    }

    @Test
    void aTokenLivingLongerThanTheServiceIssuesIsRefused() {
        Map<String, Object> claims = Tokens.claims(user.id(), "creator");
        claims.put("exp", Instant.now().getEpochSecond() + 30 * 24 * 3600);
        refused(tokens.valid(claims));
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        Map<String, Object> claims = Tokens.claims(user.id(), "creator");
        claims.remove("exp");
        refused(tokens.valid(claims));
    }

    @Test
    void aWrongIssuerIsRefused() {
        Map<String, Object> claims = Tokens.claims(user.id(), "creator");
        claims.put("iss", "https://evil.example.com");
        refused(tokens.valid(claims));
    }

    @Test
    void aWrongAudienceIsRefused() {
        Map<String, Object> claims = Tokens.claims(user.id(), "creator");
        claims.put("aud", "another-api");
        refused(tokens.valid(claims));
    }

    @Test
    void aKeyTheServiceDoesNotKnowIsRefused() {
        KeyPair stranger = Tokens.strangerKey();
        Map<String, Object> unknownKid = Map.of("alg", "RS256", "typ", "JWT", "kid", UUID.randomUUID().toString());
        refused(Tokens.rsa("RS256", "SHA256withRSA", stranger.getPrivate(), unknownKid,
                Tokens.claims(user.id(), "admin")));
        // a stranger's key under the service's own kid
        refused(Tokens.rsa("RS256", "SHA256withRSA", stranger.getPrivate(), tokens.header("RS256"),
                Tokens.claims(user.id(), "admin")));
    }

    @Test
    void aTamperedPayloadIsRefused() {
        Map<String, Object> promoted = Tokens.claims(user.id(), "admin");
        refused(Tokens.withPayload(user.accessToken(), promoted));
        given().header("Authorization", "Bearer " + Tokens.withPayload(user.accessToken(), promoted))
                .get("/api/v1/admin/users")
                .then().statusCode(401).body("code", equalTo("AUTHENTICATION_REQUIRED"));
    }

    @Test
    void aTokenInTheQueryStringIsNotAnAccessToken() {
        for (String parameter : List.of("access_token", "token", "jwt")) {
            given().queryParam(parameter, user.accessToken())
                    .get("/api/v1/me")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void aTokenThatIsNotAJwtAtAllIsRefused() {
        refused("not-a-token");
        refused(user.refreshToken());
        refused("");
    }

    private static void refused(String token) {
        ValidatableResponse response = given().header("Authorization", "Bearer " + token)
                .get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("AUTHENTICATION_REQUIRED"))
                .header("WWW-Authenticate", containsString("Bearer"));
        response.body("status", equalTo(401));
    }
}
