package io.videogen.bootstrap.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.videogen.application.port.out.AccessTokenIssuer;
import io.videogen.bootstrap.api.Accounts;
import io.videogen.domain.user.Email;
import io.videogen.domain.user.User;
import io.videogen.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With PostgreSQL and Redis gone, the API answers what a client can act on: 503
 * {@code SERVICE_UNAVAILABLE} with {@code Retry-After}, never a 500 (see {@link BrokenDependencies}).
 */
@QuarkusTest
@TestProfile(BrokenDependencies.class)
class ApiWithoutDependenciesTest {

    @Inject
    AccessTokenIssuer tokens;

    @BeforeAll
    static void guardResponses() {
        Accounts.installLeakGuard();
    }

    @Test
    void signingInAnswers503WhenTheDatabaseIsDown() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "someone@example.com", "password", Accounts.PASSWORD))
                .post("/api/v1/auth/token")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("code", equalTo("SERVICE_UNAVAILABLE"))
                .body("detail", containsString("try again"));
    }

    @Test
    void aSignedInCallerListingVideosGets503WhenTheDatabaseIsDown() {
        User user = User.register(UserId.random(), new Email("lister@example.com"), "Lister", "x", Instant.now());
        String token = tokens.issue(user).token();
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/videos")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("code", equalTo("SERVICE_UNAVAILABLE"));
    }
}
