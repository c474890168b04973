package io.videogen.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.render.RenderVideoService;
import io.videogen.bootstrap.worker.ByHand;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/me/pronunciations}: a user's list, set, read and replaced whole; bad entries refused
 * naming them; and a render spoken with it — the voice says the replacement, the captions keep the
 * written word, timed over what was said.
 */
@QuarkusTest
class PronunciationsApiTest {

    private static final String SCRIPT = "Welcome to videogen today.";

    @Inject
    RenderVideoService renders;

    @Test
    void aListIsSetReadAndReplacedWholeAndIsEachUsersOwn() {
        Accounts.Account ana = Accounts.signUp();
        Accounts.Account bob = Accounts.signUp();
        ana.request().get("/api/v1/me/pronunciations").then().statusCode(200).body("$", anEmptyMap());

        ana.request().body(Map.of("VideoGen", "video gen", "SQL", "sequel")).put("/api/v1/me/pronunciations")
                .then().statusCode(200).body("videogen", equalTo("video gen")).body("sql", equalTo("sequel"));
        ana.request().get("/api/v1/me/pronunciations").then().statusCode(200)
                .body("size()", equalTo(2)).body("videogen", equalTo("video gen"));
        bob.request().get("/api/v1/me/pronunciations").then().statusCode(200).body("$", anEmptyMap());

        ana.request().body(Map.of("nginx", "engine x")).put("/api/v1/me/pronunciations").then().statusCode(200);
        ana.request().get("/api/v1/me/pronunciations").then().statusCode(200)
                .body("size()", equalTo(1)).body("nginx", equalTo("engine x"));
        ana.request().body(Map.of()).put("/api/v1/me/pronunciations").then().statusCode(200);
        ana.request().get("/api/v1/me/pronunciations").then().statusCode(200).body("$", anEmptyMap());
    }

    @Test
    void anEntryThatCannotBeUsedIsRefusedNamingItAndNothingChanges() {
        Accounts.Account ana = Accounts.signUp();
        ana.request().body(Map.of("videogen", "video gen")).put("/api/v1/me/pronunciations").then().statusCode(200);

        ana.request().body(Map.of("two words", "x")).put("/api/v1/me/pronunciations").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("pronunciations.two words"))
                .body("errors[0].message", containsString("one written word"));
        ana.request().body(Map.of("videogen", " ")).put("/api/v1/me/pronunciations").then().statusCode(400)
                .body("errors[0].field", equalTo("pronunciations.videogen"))
                .body("errors[0].message", containsString("1 to 200 characters"));
        ana.request().body(Map.of("pause", "[pause 1s]")).put("/api/v1/me/pronunciations").then().statusCode(400)
                .body("errors[0].field", equalTo("pronunciations.pause"));
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("SQL", "sequel");
        twice.put("sql", "s q l");
        ana.request().body(twice).put("/api/v1/me/pronunciations").then().statusCode(400)
                .body("errors[0].field", containsString("pronunciations."))
                .body("errors[0].message", containsString("twice"));
        Map<String, String> tooMany = new LinkedHashMap<>();
        for (int i = 0; i <= 200; i++) {
            tooMany.put("word" + i, "w");
        }
        ana.request().body(tooMany).put("/api/v1/me/pronunciations").then().statusCode(400)
                .body("errors[0].field", equalTo("pronunciations"))
                .body("errors[0].message", containsString("keep it to 200"));

        ana.request().get("/api/v1/me/pronunciations").then().statusCode(200)
                .body("size()", equalTo(1)).body("videogen", equalTo("video gen"));
    }

    @Test
    void theVoiceSaysTheReplacementWhileCaptionsKeepTheWrittenWordTimedOverIt() {
        Accounts.Account ana = Accounts.signUp();
        Rendered plain = render(ana);
        ana.request().body(Map.of("VIDEOGEN", "video generation on your own server"))
                .put("/api/v1/me/pronunciations").then().statusCode(200);
        Rendered said = render(ana);

        assertThat(said.texts()).as("captions keep the written words")
                .containsExactly("Welcome", "to", "videogen", "today.").isEqualTo(plain.texts());
        assertThat(said.durationMs()).as("six words take longer to say than one: the voice said them")
                .isGreaterThan(plain.durationMs() + 800);
        long plainSpan = plain.span(2);
        long saidSpan = said.span(2);
        assertThat(saidSpan).as("'videogen' lasts while its six spoken words are said (was %d ms)", plainSpan)
                .isGreaterThan(plainSpan + 800);
        for (Rendered video : List.of(plain, said)) {
            for (int i = 1; i < 4; i++) {
                assertThat(video.start(i)).as("words in order").isGreaterThanOrEqualTo(video.end(i - 1) - 20);
            }
        }
        assertThat(said.start(3) - said.start(2)).as("'today.' waits until the replacement is said")
                .isGreaterThan(plain.start(3) - plain.start(2) + 800);
    }

    private Rendered render(Accounts.Account account) {
        String id = VideoApiTest.create(account, Map.of("title", "Pronounced", "script", SCRIPT,
                "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft")));
        var result = renders.render(VideoId.parse(id), null, ByHand.claim()).await().atMost(Duration.ofMinutes(3));
        assertThat(result.outcome()).as(String.valueOf(result.failure())).isEqualTo(Outcome.COMPLETED);
        long durationMs = ((Number) account.request().get("/api/v1/videos/" + id).then().statusCode(200)
                .extract().path("durationMs")).longValue();
        String json = account.request().get("/api/v1/videos/" + id + "/captions.json").then().statusCode(200)
                .extract().asString();
        return new Rendered(durationMs, JsonPath.from(json).getList("words"));
    }

    private record Rendered(long durationMs, List<Map<String, Object>> words) {

        List<Object> texts() {
            return words.stream().map(word -> word.get("text")).toList();
        }

        long start(int i) {
            return ((Number) words.get(i).get("startMs")).longValue();
        }

        long end(int i) {
            return ((Number) words.get(i).get("endMs")).longValue();
        }

        long span(int i) {
            return end(i) - start(i);
        }
    }
}
