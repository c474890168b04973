package io.videogen.bootstrap.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Signs up fresh users through the API and hands out requests that carry their tokens. */
public final class Accounts {

    public static final String PASSWORD = "a long enough passphrase 42";

    static {
        NoLeaksFilter.install();
    }

    private Accounts() {
    }

    /** Checks every response in this test JVM for 500s and leaked internals (see {@link NoLeaksFilter}). */
    public static void installLeakGuard() {
        NoLeaksFilter.install();
    }

    public record Account(String id, String email, String accessToken, String refreshToken) {

        public RequestSpecification request() {
            return given().header("Authorization", "Bearer " + accessToken).contentType(ContentType.JSON);
        }
    }

    public static Account signUp() {
        String email = "user-" + UUID.randomUUID() + "@example.com";
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD, "displayName", "Test user"))
                .post("/api/v1/auth/register")
                .then().statusCode(201).extract().path("id");
        return signIn(id, email);
    }

    public static Account signIn(String id, String email) {
        var tokens = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/token")
                .then().statusCode(200).extract().jsonPath();
        return new Account(id, email, tokens.getString("accessToken"), tokens.getString("refreshToken"));
    }
}
