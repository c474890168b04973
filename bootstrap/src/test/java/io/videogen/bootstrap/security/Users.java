package io.videogen.bootstrap.security;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Accounts made through the API, and requests that carry their tokens. */
final class Users {

    static final String PASSWORD = "a long enough passphrase 42";
    static final String ADMIN_EMAIL = "admin@videogen.test";
    static final String ADMIN_PASSWORD = "test admin passphrase 2024";

    private Users() {
    }

    record User(String id, String email, String accessToken, String refreshToken) {

        RequestSpecification request() {
            return given().header("Authorization", "Bearer " + accessToken).contentType(ContentType.JSON);
        }
    }

    static User signUp() {
        return signUp(given());
    }

    /** Signs up and in through {@code base}, e.g. one that carries an X-Forwarded-For. */
    static User signUp(RequestSpecification base) {
        String email = "user-" + UUID.randomUUID() + "@example.com";
        String id = given().spec(base).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/register")
                .then().statusCode(201).extract().path("id");
        return signIn(base, id, email, PASSWORD);
    }

    static User signIn(RequestSpecification base, String id, String email, String password) {
        var tokens = given().spec(base).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/token")
                .then().statusCode(200).extract().jsonPath();
        return new User(id, email, tokens.getString("accessToken"), tokens.getString("refreshToken"));
    }

    static User admin() {
        return admin(given());
    }

    static User admin(RequestSpecification base) {
        var tokens = given().spec(base).contentType(ContentType.JSON)
                .body(Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                .post("/api/v1/auth/token")
                .then().statusCode(200).extract().jsonPath();
        String access = tokens.getString("accessToken");
        String id = given().header("Authorization", "Bearer " + access).get("/api/v1/me")
                .then().statusCode(200).extract().path("id");
        return new User(id, ADMIN_EMAIL, access, tokens.getString("refreshToken"));
    }

    /** Gives {@code user} exactly these roles, as the admin, and signs them in again for a token that has them. */
    static User withRoles(User user, String... roles) {
        admin().request().body(Map.of("roles", java.util.List.of(roles)))
                .put("/api/v1/admin/users/" + user.id() + "/roles")
                .then().statusCode(200);
        return signIn(given(), user.id(), user.email(), PASSWORD);
    }
}
