package io.videogen.bootstrap.batch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.videogen.bootstrap.worker.ByHand;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.application.render.RenderVideoService;
import io.videogen.bootstrap.api.Accounts;
import io.videogen.bootstrap.api.Accounts.Account;
import io.videogen.bootstrap.worker.Eventually;
import io.videogen.bootstrap.worker.HeldClaim;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Batches from JSON rows and CSV files, rendered as a worker would render them (tests run without the worker role). */
@QuarkusTest
class BatchApiTest {

    static final Map<String, Object> SPEC = Map.of("title", "For {{name}}",
            "script", "Hello {{name}} from {{city}}.",
            "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft"));

    @Inject
    RenderVideoService renders;

    @Test
    void twentyCsvRowsBecomeTwentyDistinctVideosWhoseCaptionsCarryTheirRows() throws Exception {
        Account ana = Accounts.signUp();
        StringBuilder csv = new StringBuilder("\uFEFFname,city\r\n");
        List<String[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String[] row = switch (i) {
                case 0 -> new String[] {"Zoë Ångström", "Málaga"};
                case 1 -> new String[] {"Ann \"the quick\" Lee", "Paris, France"};
                case 2 -> new String[] {"Bob, Jr.", "Oslo"};
                default -> new String[] {"Person " + i, "City " + i};
            };
            rows.add(row);
            csv.append(cell(row[0])).append(',').append(cell(row[1])).append("\r\n");
        }
        WireMockServer hooks = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        hooks.start();
        try {
            hooks.stubFor(post(urlEqualTo("/hooks/batch")).willReturn(aResponse().withStatus(204)));
            JsonPath created = ana.request().contentType("multipart/form-data")
                    .multiPart("spec", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(SPEC),
                            "application/json")
                    .multiPart("file", "rows.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                    .multiPart("callbackUrl", "http://127.0.0.1:" + hooks.port() + "/hooks/batch")
                    .post("/api/v1/batches").then().statusCode(202)
                    .body("status", equalTo("running")).body("total", equalTo(20))
                    .body("counts.queued", equalTo(20)).extract().jsonPath();
            String batch = created.getString("id");
            List<String> videos = created.getList("videos.id");
            assertThat(created.getList("videos.row", Integer.class)).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, 20).boxed().toList());

            for (String video : videos) {
                var result = renders.render(VideoId.parse(video), null, ByHand.claim())
                        .await().atMost(Duration.ofMinutes(2));
                assertThat(result.outcome()).as(String.valueOf(result.failure())).isEqualTo(Outcome.COMPLETED);
            }
            Eventually.within(Duration.ofSeconds(20), () -> ana.request().get("/api/v1/batches/" + batch)
                    .then().statusCode(200).body("status", equalTo("completed"))
                    .body("counts.completed", equalTo(20)).body("counts.queued", equalTo(0)));

            Set<String> digests = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                String id = videos.get(i);
                ana.request().get("/api/v1/videos/" + id).then().statusCode(200)
                        .body("title", equalTo("For " + rows.get(i)[0]));
                String captions = ana.request().get("/api/v1/videos/" + id + "/captions.srt").then().statusCode(200)
                        .extract().asString();
                assertThat(captions.replaceAll("\\s+", " ")).contains("Hello " + rows.get(i)[0])
                        .contains(rows.get(i)[1]);
                byte[] mp4 = ana.request().get("/api/v1/videos/" + id + "/file").then().statusCode(200)
                        .contentType("video/mp4").extract().asByteArray();
                digests.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(mp4)));
            }
            assertThat(digests).hasSize(20);

            String events = ana.request().accept("text/event-stream").get("/api/v1/batches/" + batch + "/events")
                    .then().statusCode(200).extract().asString();
            assertThat(events).contains("event:completed").contains("\"completed\":20");
            Eventually.within(Duration.ofSeconds(20), () -> hooks.verify(1, postRequestedFor(urlEqualTo("/hooks/batch"))
                    .withRequestBody(matchingJsonPath("$.type", WireMock.equalTo("batch.completed")))
                    .withRequestBody(matchingJsonPath("$.data.id", WireMock.equalTo(batch)))
                    .withRequestBody(matchingJsonPath("$.data.counts.completed", WireMock.equalTo("20")))));
        } finally {
            hooks.stop();
        }
    }

    @Test
    void aBadCsvRowIsNamedByRowAndColumnAndNothingIsCreated() {
        Account ben = Accounts.signUp();
        ben.request().contentType("multipart/form-data")
                .multiPart("spec", "{\"script\":\"Hi {{name}} of {{city}}.\"}", "application/json")
                .multiPart("file", "rows.csv", "name,city\nAda,London\nBo,Rome\nCy\n".getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .post("/api/v1/batches").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("rows[2].city"))
                .body("detail", org.hamcrest.Matchers.containsString("line 4"));
        ben.request().get("/api/v1/videos").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aJsonRowWithoutAVariableTheSpecUsesIsRefusedAndNothingIsCreated() {
        Account cleo = Accounts.signUp();
        cleo.request().body(Map.of("spec", SPEC, "rows", List.of(Map.of("name", "Ada", "city", "Rome"),
                        Map.of("name", "Bo"))))
                .post("/api/v1/batches").then().statusCode(400)
                .body("errors.field", hasItem("rows[1].city"));
        cleo.request().get("/api/v1/videos").then().statusCode(200).body("totalItems", equalTo(0));
        cleo.request().get("/api/v1/batches").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void cancellingARunningBatchLeavesNoVideoQueuedOrProcessing() throws Exception {
        Account dan = Accounts.signUp();
        JsonPath created = dan.request().body(Map.of("spec", SPEC, "rows", List.of(Map.of("name", "A", "city", "B"),
                        Map.of("name", "C", "city", "D"), Map.of("name", "E", "city", "F"))))
                .post("/api/v1/batches").then().statusCode(202).extract().jsonPath();
        String batch = created.getString("id");
        String first = created.getString("videos[0].id");
        HeldClaim held = new HeldClaim();
        CompletableFuture<RenderResult> render = renders.render(VideoId.parse(first), null, held)
                .subscribeAsCompletionStage();
        try {
            held.awaitHolding(Duration.ofSeconds(30));
            dan.request().get("/api/v1/videos/" + first).then().body("status", equalTo("processing"));

            dan.request().post("/api/v1/batches/" + batch + "/cancel").then().statusCode(202)
                    .body("status", equalTo("cancelled")).body("counts.processing", equalTo(0))
                    .body("counts.queued", equalTo(0));
            assertThat(dan.request().get("/api/v1/videos?status=processing").then().extract().jsonPath()
                    .getInt("totalItems")).isZero();
            assertThat(dan.request().get("/api/v1/videos?status=queued").then().extract().jsonPath()
                    .getInt("totalItems")).isZero();
        } finally {
            held.release();
        }
        assertThat(render.get(1, TimeUnit.MINUTES).outcome()).isEqualTo(Outcome.ABANDONED);
        dan.request().get("/api/v1/videos/" + first).then().body("status", equalTo("cancelled"));
    }

    @Test
    void anotherUsersBatchIsNotFound() {
        Account owner = Accounts.signUp();
        String batch = owner.request().body(Map.of("spec", SPEC, "rows", List.of(Map.of("name", "A", "city", "B"))))
                .post("/api/v1/batches").then().statusCode(202).extract().path("id");
        Account other = Accounts.signUp();
        other.request().get("/api/v1/batches/" + batch).then().statusCode(404);
        other.request().post("/api/v1/batches/" + batch + "/cancel").then().statusCode(404);
        owner.request().post("/api/v1/batches/" + batch + "/cancel").then().statusCode(202);
    }

    @Test
    void switchedOffBatchesAnswerFeatureDisabled() {
        String admin = given().contentType(ContentType.JSON)
                .body(Map.of("email", "admin@videogen.test", "password", "test admin passphrase 2024"))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
        Account eve = Accounts.signUp();
        try {
            given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON)
                    .body(Map.of("enabled", false)).put("/api/v1/admin/flags/batches").then().statusCode(200);
            eve.request().body(Map.of("spec", SPEC, "rows", List.of(Map.of("name", "A", "city", "B"))))
                    .post("/api/v1/batches").then().statusCode(403).body("code", equalTo("FEATURE_DISABLED"));
        } finally {
            given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON)
                    .body(Map.of("enabled", true)).put("/api/v1/admin/flags/batches").then().statusCode(200);
        }
        eve.request().get("/api/v1/videos").then().statusCode(200).body("totalItems", equalTo(0));
    }

    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
