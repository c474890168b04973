package io.videogen.bootstrap.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Signs up fresh users through the API and hands out requests that carry their tokens. */
final class Accounts {

    static final String PASSWORD = "a long enough passphrase 42";

    private Accounts() {
    }

    record Account(String id, String email, String accessToken, String refreshToken) {

        RequestSpecification request() {
            return given().header("Authorization", "Bearer " + accessToken).contentType(ContentType.JSON);
        }
    }

    static Account signUp() {
        String email = "user-" + UUID.randomUUID() + "@example.com";
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD, "displayName", "Test user"))
                .post("/api/v1/auth/register")
                .then().statusCode(201).extract().path("id");
        return signIn(id, email);
    }

    static Account signIn(String id, String email) {
        var tokens = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/token")
                .then().statusCode(200).extract().jsonPath();
        return new Account(id, email, tokens.getString("accessToken"), tokens.getString("refreshToken"));
    }
}
