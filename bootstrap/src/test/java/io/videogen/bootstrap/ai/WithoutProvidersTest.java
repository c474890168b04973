package io.videogen.bootstrap.ai;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.videogen.bootstrap.api.Accounts;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default configuration has no provider: everything works offline, and topics say what to set. */
@QuarkusTest
class WithoutProvidersTest {

    @Test
    void aTopicNeedsAChatProviderAndTheProblemNamesTheSetting() {
        Accounts.signUp().request().body(Map.of("topic", "How tides work")).post("/api/v1/scripts")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("PROVIDER_NOT_CONFIGURED"))
                .body("detail", containsString("videogen.ai.providers.<name>.chat-model"));
    }

    @Test
    void aVideoFromATopicIsRefusedBeforeAnythingIsQueued() {
        Accounts.Account creator = Accounts.signUp();
        creator.request().header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("topic", "How tides work", "durationSeconds", 30)).post("/api/v1/videos")
                .then().statusCode(422)
                .body("code", equalTo("PROVIDER_NOT_CONFIGURED"))
                .body("detail", containsString("videogen.ai.providers.<name>.chat-model"));
        creator.request().get("/api/v1/videos").then().statusCode(200).body("items", empty());
    }

    @Test
    void noProvidersAreListed() {
        Accounts.signUp().request().get("/api/v1/providers").then().statusCode(200).body("$", empty());
    }
}
