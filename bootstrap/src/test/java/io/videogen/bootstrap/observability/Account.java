package io.videogen.bootstrap.observability;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** A user signed up and signed in through the API, with the secrets the log tests look for. */
record Account(String id, String password, String accessToken, String refreshToken) {

    static Account signUp() {
        String email = "observed-" + UUID.randomUUID() + "@example.com";
        String password = "observed passphrase " + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password, "displayName", "Observed"))
                .post("/api/v1/auth/register")
                .then().statusCode(201).extract().path("id");
        var tokens = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/token")
                .then().statusCode(200).extract().jsonPath();
        return new Account(id, password, tokens.getString("accessToken"), tokens.getString("refreshToken"));
    }

    RequestSpecification request() {
        return given().header("Authorization", "Bearer " + accessToken).contentType(ContentType.JSON);
    }
}
