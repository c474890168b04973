package io.videogen.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sign-up, sign-in and token rotation through the real stack. */
@QuarkusTest
class AuthApiTest {

    @Test
    void registerThenSignInThenAskWhoIAm() {
        String email = "Ana." + UUID.randomUUID() + "@Example.com";
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", Accounts.PASSWORD, "displayName", "Ana"))
                .post("/api/v1/auth/register")
                .then().statusCode(201)
                .body("email", equalTo(email.toLowerCase()))
                .body("roles", hasItem("creator"))
                .body("displayName", equalTo("Ana"));
        var tokens = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", Accounts.PASSWORD))
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .extract().jsonPath();

        given().header("Authorization", "Bearer " + tokens.getString("accessToken"))
                .get("/api/v1/me")
                .then().statusCode(200).body("email", equalTo(email.toLowerCase()));
    }

    @Test
    void aDuplicateEmailIsAConflict() {
        Accounts.Account ana = Accounts.signUp();
        given().contentType(ContentType.JSON)
                .body(Map.of("email", ana.email().toUpperCase(), "password", Accounts.PASSWORD))
                .post("/api/v1/auth/register")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("RESOURCE_CONFLICT"));
    }

    @Test
    void weakPasswordsAreRefusedWithTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "weak-" + UUID.randomUUID() + "@example.com", "password", "short"))
                .post("/api/v1/auth/register")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("password"));
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "common-" + UUID.randomUUID() + "@example.com", "password", "password1234"))
                .post("/api/v1/auth/register")
                .then().statusCode(400).body("detail", containsString("common"));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailAnswerAlike() {
        Accounts.Account ana = Accounts.signUp();
        String wrongPassword = given().contentType(ContentType.JSON)
                .body(Map.of("email", ana.email(), "password", "not the password at all"))
                .post("/api/v1/auth/token")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo("AUTHENTICATION_REQUIRED")).extract().path("detail");
        String unknown = given().contentType(ContentType.JSON)
                .body(Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com", "password", "whatever it is 1"))
                .post("/api/v1/auth/token")
                .then().statusCode(401).extract().path("detail");
        assertThat(wrongPassword).isEqualTo(unknown);
    }

    @Test
    void withoutATokenTheApiAsksForOne() {
        given().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("AUTHENTICATION_REQUIRED")).header("X-Request-Id", notNullValue());
        given().header("Authorization", "Bearer not.a.jwt").get("/api/v1/videos")
                .then().statusCode(401).body("code", equalTo("AUTHENTICATION_REQUIRED"));
    }

    @Test
    void refreshRotatesAndReuseRevokesTheFamily() {
        Accounts.Account ana = Accounts.signUp();
        String second = given().contentType(ContentType.JSON).body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then().statusCode(200).body("accessToken", notNullValue()).extract().path("refreshToken");
        assertThat(second).isNotEqualTo(ana.refreshToken());

        // the first token again: reuse, so the whole family goes, including the fresh one
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", second))
                .post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void logoutEndsTheRefreshToken() {
        Accounts.Account ana = Accounts.signUp();
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/logout").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void theSigningKeysArePublished() {
        given().get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].kid", notNullValue())
                .body("keys[0].d", org.hamcrest.Matchers.nullValue());
    }
}
