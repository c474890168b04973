package io.videogen.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published contract: the OpenAPI document lists every endpoint, and every response has a request id. */
@QuarkusTest
class ContractTest {

    static {
        NoLeaksFilter.install();
    }

    static final List<String> CONTRACT_PATHS = List.of(
            "/api/v1/auth/register", "/api/v1/auth/token", "/api/v1/auth/refresh", "/api/v1/auth/logout",
            "/api/v1/me", "/.well-known/jwks.json",
            "/api/v1/videos", "/api/v1/videos/{id}", "/api/v1/videos/{id}/cancel", "/api/v1/videos/{id}/retry",
            "/api/v1/videos/{id}/events", "/api/v1/videos/{id}/file", "/api/v1/videos/{id}/thumbnail",
            "/api/v1/videos/{id}/captions.srt", "/api/v1/videos/{id}/captions.vtt", "/api/v1/videos/{id}/captions.json",
            "/api/v1/templates", "/api/v1/templates/{id}", "/api/v1/avatars", "/api/v1/avatars/{id}",
            "/api/v1/voices", "/api/v1/voices/{id}/sample", "/api/v1/assets", "/api/v1/assets/{id}",
            "/api/v1/assets/{id}/content",
            "/api/v1/scripts", "/api/v1/providers", "/api/v1/me/provider-keys", "/api/v1/me/provider-keys/{provider}",
            "/api/v1/me/usage", "/mcp",
            "/api/v1/batches", "/api/v1/batches/{id}", "/api/v1/batches/{id}/events", "/api/v1/batches/{id}/cancel",
            "/api/v1/videos/{id}/translations");

    @Test
    void theOpenApiDocumentListsEveryEndpointOfTheContract() {
        JsonPath openapi = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = openapi.getMap("paths");
        assertThat(paths.keySet()).containsAll(CONTRACT_PATHS);
        assertThat(openapi.getMap("components.securitySchemes")).isNotEmpty();
        assertThat(openapi.getMap("components.schemas")).containsKeys("CreateVideoRequest", "Video", "CaptionWords");
        assertThat(openapi.getList("components.schemas.CaptionsRequest.properties.style.enum"))
                .containsExactly("classic", "karaoke", "words");
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void everyResponseCarriesARequestId() {
        given().header("X-Request-Id", "trace-me-42").get("/q/health/live")
                .then().header("X-Request-Id", equalTo("trace-me-42"));
        given().get("/api/v1/no-such-thing").then().statusCode(404).header("X-Request-Id", notNullValue())
                .body("requestId", notNullValue());
        given().header("X-Request-Id", "bad id\r\nInjected: yes").get("/api/v1/me")
                .then().statusCode(401).header("X-Request-Id", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Injected")));
    }
}
