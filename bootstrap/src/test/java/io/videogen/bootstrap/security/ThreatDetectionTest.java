package io.videogen.bootstrap.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.videogen.bootstrap.worker.Eventually;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The detectors wired to the real request stream and audit trail (their patterns are tested one by
 * one in ThreatDetectorsTest): an id enumeration through the API is a THREAT_DETECTED event and a
 * count in videogen_threats_total.
 */
@QuarkusTest
@TestProfile(ControlledClock.class)
class ThreatDetectionTest {

    @Test
    void guessingVideoIdsIsRecordedAndCounted() {
        Users.User guesser = Users.signUp();
        for (int i = 0; i < 20; i++) {
            guesser.request().header("X-Forwarded-For", "203.0.113.99").get("/api/v1/videos/" + UUID.randomUUID())
                    .then().statusCode(404);
        }

        Eventually.within(Duration.ofSeconds(10), () -> {
            assertThat(Users.admin().request().queryParam("type", "THREAT_DETECTED").queryParam("size", 100)
                    .get("/api/v1/admin/security-events").then().statusCode(200)
                    .extract().jsonPath().getList("items.detail", String.class))
                    .anyMatch(detail -> detail.startsWith("id-enumeration from 203.0.113.99"));
            assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                    .containsPattern("videogen_threats_total\\{kind=\"id-enumeration\"[^}]*} [1-9]");
        });
    }
}
