package io.videogen.bootstrap.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A lock an admin sets with an end lasts until the application's clock passes that end, not longer. */
@QuarkusTest
@TestProfile(ControlledClock.class)
class TimedLockTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aLockWithAnEndLetsTheUserBackInByItself() {
        Users.User admin = Users.admin();
        Users.User ana = Users.signUp();
        Instant until = clock.now().plus(Duration.ofMinutes(10));

        admin.request().body(Map.of("until", until.toString())).post("/api/v1/admin/users/" + ana.id() + "/lock")
                .then().statusCode(200);
        signIn(ana.email()).then().statusCode(401);

        clock.advance(Duration.ofMinutes(9));
        signIn(ana.email()).then().statusCode(401);

        clock.advance(Duration.ofMinutes(2));
        signIn(ana.email()).then().statusCode(200);
    }

    private static io.restassured.response.Response signIn(String email) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", Users.PASSWORD))
                .post("/api/v1/auth/token");
    }
}
