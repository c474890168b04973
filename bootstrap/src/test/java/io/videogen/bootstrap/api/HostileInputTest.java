package io.videogen.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The inputs a hostile client found that got a 500 or were accepted (issue 10): each is now a 4xx
 * problem that names the header or field to change.
 */
@QuarkusTest
class HostileInputTest {

    private static final String NUL = "\u0000";
    /** Sends a Content-Type exactly as given, without the charset REST Assured would add. */
    private static final io.restassured.config.RestAssuredConfig AS_GIVEN = io.restassured.RestAssured.config()
            .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @ParameterizedTest
    @ValueSource(strings = {"application/json, text/plain", "", "application/", "a/b/c"})
    void aContentTypeThatDoesNotParseIsA400NamingTheHeader(String contentType) {
        Accounts.Account ana = Accounts.signUp();
        String id = VideoApiTest.create(ana, Map.of("title", "Typed", "script", "Hello."));
        String etag = ana.request().get("/api/v1/videos/" + id).header("ETag");

        byte[] body = "{\"title\":\"New\"}".getBytes(StandardCharsets.UTF_8);
        refused(given().config(AS_GIVEN).header("Authorization", "Bearer " + ana.accessToken())
                .header("Content-Type", contentType).body(body).post("/api/v1/videos"), "Content-Type")
                .body("detail", containsString("is not one media type"));
        refused(given().config(AS_GIVEN).header("Authorization", "Bearer " + ana.accessToken())
                .header("Content-Type", contentType).header("If-Match", etag).body(body)
                .patch("/api/v1/videos/" + id), "Content-Type");
        refused(given().config(AS_GIVEN).header("Content-Type", contentType).body(body)
                .post("/api/v1/auth/token"), "Content-Type");
    }

    @Test
    void anAcceptHeaderThatDoesNotParseIsA400NamingTheHeader() {
        Accounts.Account ana = Accounts.signUp();
        refused(ana.request().header("Accept", "application/").get("/api/v1/videos"), "Accept");
        refused(ana.request().header("Accept", "text/html, /json").get("/api/v1/videos"), "Accept");
    }

    @Test
    void aKeyGivenTwiceIsA400NamingIt() {
        Accounts.Account ana = Accounts.signUp();
        refused(given().contentType(ContentType.JSON)
                .body("{\"email\":5,\"password\":\"x\",\"email\":\"" + ana.email() + "\"}")
                .post("/api/v1/auth/token"), "email")
                .body("errors[0].message", equalTo("is given twice; send each field once"));
        refused(given().contentType(ContentType.JSON)
                .body("{\"refreshToken\":true,\"refreshToken\":\"" + ana.refreshToken() + "\"}")
                .post("/api/v1/auth/refresh"), "refreshToken");
        refused(ana.request().body("{\"title\":\"A\",\"script\":\"Hi.\",\"output\":{\"fps\":15,\"fps\":\"x\"}}")
                .post("/api/v1/videos"), "output.fps");
    }

    @Test
    void aNulCharacterInAnyStoredTextIsA400NamingTheField() {
        Accounts.Account ana = Accounts.signUp();
        refused(ana.request().body(Map.of("title", "Bad" + NUL + "title", "script", "Hello."))
                .post("/api/v1/videos"), "title")
                .body("errors[0].message", containsString("U+0000"));
        refused(ana.request().body(Map.of("title", "Fine", "script", "Hello" + NUL + " there."))
                .post("/api/v1/videos"), "script");
        refused(ana.request().body(Map.of("title", "Fine", "scenes", java.util.List.of(Map.of("text", "Hi."),
                Map.of("text", "Bye" + NUL)))).post("/api/v1/videos"), "scenes[1].text");
        String id = VideoApiTest.create(ana, Map.of("title", "Stored", "script", "Hello."));
        String etag = ana.request().get("/api/v1/videos/" + id).header("ETag");
        refused(ana.request().header("If-Match", etag).body(Map.of("title", "New" + NUL))
                .patch("/api/v1/videos/" + id), "title");
        refused(ana.request().body(Map.of("name", "Launch" + NUL)).post("/api/v1/templates"), "name");
        refused(given().contentType(ContentType.JSON).body(Map.of("email", "nul-" + java.util.UUID.randomUUID()
                + "@example.com", "password", Accounts.PASSWORD, "displayName", "Ana" + NUL))
                .post("/api/v1/auth/register"), "displayName");
        refused(ana.request().body(Map.of("title", "Fine", "script", "Hi {{who}}.",
                "variables", Map.of("who", "x\u001b[31m"))).post("/api/v1/videos"), "variables.who")
                .body("errors[0].message", containsString("U+001B"));
    }

    @Test
    void anUnpairedSurrogateIsA400NamingTheField() {
        Accounts.Account ana = Accounts.signUp();
        refused(ana.request().body("{\"title\":\"half \\ud83d of an emoji\",\"script\":\"Hello.\"}")
                .post("/api/v1/videos"), "title")
                .body("errors[0].message", containsString("surrogate"));
    }

    @Test
    void tabsAndLineBreaksAndWholeEmojiStayAllowed() {
        Accounts.Account ana = Accounts.signUp();
        ana.request().body(Map.of("title", "Tabs\tand \ud83c\udfac", "script", "One.\r\n\r\nTwo.\n\nThree."))
                .post("/api/v1/videos").then().statusCode(202);
    }

    @Test
    void aCallbackPortOutsideTheTcpRangeIsA400NamingTheField() {
        Accounts.Account ana = Accounts.signUp();
        refused(ana.request().body(Map.of("title", "Hook", "script", "Hello.",
                "callbackUrl", "https://example.com:99999/")).post("/api/v1/videos"), "callbackUrl")
                .body("errors[0].message", containsString("port must be between 1 and 65535"));
    }

    @Test
    void aVariableWithoutAValueIsA400NamingTheVariable() {
        Accounts.Account ana = Accounts.signUp();
        java.util.Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("name", null);
        refused(ana.request().body(Map.of("title", "Hi", "script", "Hello {{name}}.", "variables", variables))
                .post("/api/v1/videos"), "variables.name")
                .body("errors[0].message", containsString("has no value"));
    }

    @Test
    void aWavThatClaimsMoreDataThanItHoldsIsA400NamingTheFile() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        byte[] wav = LibraryApiTest.wav();
        for (int declared : new int[] {0xF0000000, 0xFFFFFFFF}) {
            byte[] lying = wav.clone();
            ByteBuffer.wrap(lying).order(ByteOrder.LITTLE_ENDIAN).putInt(40, declared);
            refused(given().header("Authorization", "Bearer " + ana.accessToken())
                    .multiPart("file", "lying.wav", lying, "audio/wav").post("/api/v1/assets"), "file")
                    .body("detail", containsString("is a truncated WAV audio (its data chunk"));
        }
    }

    @Test
    void aControlCharacterInAnUploadsFileNameIsA400NamingTheFile() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        refused(given().header("Authorization", "Bearer " + ana.accessToken())
                .multiPart("file", "tune\u0007.wav", LibraryApiTest.wav(), "audio/wav").post("/api/v1/assets"), "file")
                .body("detail", containsString("U+0007"));
    }

    private static ValidatableResponse refused(io.restassured.response.Response response, String field) {
        return response.then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo(field));
    }
}
