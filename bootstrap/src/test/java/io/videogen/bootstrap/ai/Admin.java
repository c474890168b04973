package io.videogen.bootstrap.ai;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Requests as the test profile's first admin. */
final class Admin {

    private Admin() {
    }

    static RequestSpecification request() {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("email", "admin@videogen.test", "password", "test admin passphrase 2024"))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }
}
