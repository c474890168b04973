package io.videogen.bootstrap.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.videogen.application.port.out.WorkerHeartbeat;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** With every dependency in place the service is live, started and ready, and each check says so. */
@QuarkusTest
class HealthTest {

    static final String POSTGRES = "Reactive PostgreSQL connections health check";

    @Inject
    WorkerHeartbeat heartbeat;

    @Test
    void isReadyWhenPostgresFfmpegStorageAndTheWorkerAreFine() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(POSTGRES, FfmpegNativesCheck.NAME, MediaStorageCheck.NAME,
                        WorkerHeartbeatCheck.NAME))
                .body("checks.name", not(hasItems(RedisPing.NAME)))
                .body("checks.find { it.name == 'ffmpeg' }.data.libraries", startsWith("avutil "))
                .body("checks.find { it.name == 'render-worker' }.data.worker",
                        equalTo("no worker loop runs in this process"));
    }

    @Test
    void aWorkerThatBeatsRecentlyIsReady() {
        heartbeat.beat();
        try {
            given().when().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'render-worker' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'render-worker' }.data.lastBeat", not(equalTo(null)));
        } finally {
            heartbeat.stopped();
        }
    }

    @Test
    void isLiveAndStarted() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems(FfmpegNativesCheck.NAME, MediaStorageCheck.NAME));
    }
}
