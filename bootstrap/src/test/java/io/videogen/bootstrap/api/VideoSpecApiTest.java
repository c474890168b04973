package io.videogen.bootstrap.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One video tells the request that renders it, so a client can change a part and PATCH the whole back. */
@QuarkusTest
class VideoSpecApiTest {

    @Test
    void aVideoTellsItsSpecInTheShapeOfTheRequest() {
        Accounts.Account ana = Accounts.signUp();
        String id = VideoApiTest.create(ana, Map.of("title", "Spec", "scenes", List.of(
                        Map.of("text", "Hello {{name}}.", "title", "Intro",
                                "visual", Map.of("type", "color", "value", "#ABC")),
                        Map.of("text", "Bye.", "avatar", true)),
                "variables", Map.of("name", "Ana"),
                "output", Map.of("resolution", "640x360", "quality", "draft"),
                "captions", Map.of("burnIn", false)));

        ana.request().get("/api/v1/videos/" + id).then().statusCode(200)
                .body("spec.title", equalTo("Spec"))
                .body("spec.scenes[0].text", equalTo("Hello Ana."))
                .body("spec.scenes[0].title", equalTo("Intro"))
                .body("spec.scenes[0].visual.type", equalTo("color"))
                .body("spec.scenes[0].visual.value", equalTo("#aabbcc"))
                .body("spec.scenes[0].avatar", equalTo(false))
                .body("spec.scenes[1].visual.type", equalTo("gradient"))
                .body("spec.scenes[1].avatar", equalTo(true))
                .body("spec.output.aspectRatio", equalTo("16:9"))
                .body("spec.output.resolution", equalTo("640x360"))
                .body("spec.output.quality", equalTo("draft"))
                .body("spec.voice.voiceId", equalTo("en-US-default"))
                .body("spec.captions.burnIn", equalTo(false))
                .body("spec.script", nullValue())
                .body("spec.variables", nullValue());

        ana.request().get("/api/v1/videos").then().statusCode(200).body("items[0]", not(hasKey("spec")));
    }

    @Test
    void theSpecPatchedBackUnchangedIsAcceptedAsIs() {
        Accounts.Account ana = Accounts.signUp();
        String id = VideoApiTest.create(ana, Map.of("title", "Round trip", "script", "One.\n\nTwo."));
        var read = ana.request().get("/api/v1/videos/" + id);
        Map<String, Object> spec = read.then().statusCode(200).extract().jsonPath().getMap("spec");

        ana.request().header("If-Match", read.header("ETag")).body(spec).patch("/api/v1/videos/" + id)
                .then().statusCode(202).body("spec.scenes[1].text", equalTo("Two."));
        ana.request().header("If-Match", read.header("ETag")).body(spec).patch("/api/v1/videos/" + id)
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
    }
}
