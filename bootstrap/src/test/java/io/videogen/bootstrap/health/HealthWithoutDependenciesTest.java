package io.videogen.bootstrap.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.videogen.application.port.out.WorkerHeartbeat;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Readiness turns DOWN, and says why, for each dependency taken away (see {@link BrokenDependencies}). */
@QuarkusTest
@TestProfile(BrokenDependencies.class)
class HealthWithoutDependenciesTest {

    @Inject
    WorkerHeartbeat heartbeat;

    @Test
    void postgresUnreachableMakesTheServiceUnready() {
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == '" + HealthTest.POSTGRES + "' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == '" + HealthTest.POSTGRES + "' }.data.'<default>'",
                        containsString("down"));
    }

    @Test
    void redisUnreachableMakesTheServiceUnready() {
        // with the Quarkus Redis client on the class path its own check reports Redis
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name.toLowerCase().contains('redis') }.status", equalTo("DOWN"));
    }

    @Test
    void tooLittleFreeSpaceForMediaMakesTheServiceUnready() {
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'media-storage' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'media-storage' }.data.reason",
                        containsString("below videogen.health.min-free-space"));
    }

    @Test
    void aStaleWorkerHeartbeatMakesTheWorkerUnready() {
        heartbeat.beat();
        try {
            given().when().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'render-worker' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'render-worker' }.data.reason",
                            containsString("stuck or has died"));
        } finally {
            heartbeat.stopped();
        }
    }

    @Test
    void livenessDoesNotDependOnThem() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
