package io.videogen.bootstrap.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.videogen.bootstrap.worker.ByHand;
import io.videogen.application.render.RenderVideoService;
import io.videogen.bootstrap.api.Accounts;
import io.videogen.bootstrap.api.Accounts.Account;
import io.videogen.bootstrap.worker.Eventually;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An agent drives the service through /mcp with the MCP Java SDK's own client, over real HTTP: the
 * client checks every structured result against the tool's output schema. The render is driven here
 * as a worker would (tests run without the worker role) while the client polls get_video.
 */
@QuarkusTest
@TestProfile(ChatProviders.class)
class McpServerTest {

    private static final String PRIMARY = "/primary/v1/chat/completions";

    WireMockServer providers;

    @TestHTTPResource("/mcp")
    URI endpoint;

    @Inject
    RenderVideoService renders;

    ProviderWorld world;

    @BeforeEach
    void signUp() {
        world.reset();
    }

    @Test
    void anAgentListsToolsDraftsAScriptCreatesAVideoAndFollowsItToCompleted() {
        providers.stubFor(post(urlEqualTo(PRIMARY)).willReturn(okJson(ChatCompletions.holding(ChatCompletions.TIDES))));
        try (McpSyncClient agent = agentOf(world.creator())) {
            assertThat(agent.initialize().serverInfo().name()).isEqualTo("videogen");

            List<McpSchema.Tool> tools = agent.listTools().tools();
            assertThat(tools).extracting(McpSchema.Tool::name).containsExactlyInAnyOrder("draft_script",
                    "create_video", "get_video", "list_videos", "list_voices", "list_templates");
            assertThat(tools).allSatisfy(tool -> {
                assertThat(tool.inputSchema()).containsEntry("type", "object");
                assertThat(tool.outputSchema()).containsEntry("type", "object");
            });

            Map<String, Object> draft = structured(agent.callTool(new CallToolRequest("draft_script",
                    Map.of("topic", "How tides work", "durationSeconds", 30, "sceneCount", 2))));
            assertThat(draft).containsEntry("title", "Tides");
            providers.verify(postRequestedFor(urlEqualTo(PRIMARY)));

            Map<String, Object> created = structured(agent.callTool(new CallToolRequest("create_video", Map.of(
                    "title", draft.get("title"), "scenes", draft.get("scenes"),
                    "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft")))));
            assertThat(created).containsEntry("status", "queued").containsKey("id");
            String id = (String) created.get("id");

            renders.render(VideoId.parse(id), null, ByHand.claim()).subscribe().with(done -> { });
            Eventually.within(Duration.ofMinutes(3), () -> assertThat(structured(agent.callTool(
                    new CallToolRequest("get_video", Map.of("id", id))))).containsEntry("status", "completed"));

            Map<String, Object> completed = structured(agent.callTool(new CallToolRequest("get_video", Map.of("id", id))));
            @SuppressWarnings("unchecked")
            Map<String, String> downloads = (Map<String, String>) completed.get("downloads");
            assertThat(downloads.get("video")).isEqualTo(endpoint.resolve("/api/v1/videos/" + id + "/file").toString());
            byte[] mp4 = world.creator().request().get(URI.create(downloads.get("video"))).then().statusCode(200)
                    .contentType("video/mp4").extract().asByteArray();
            assertThat(new String(mp4, 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ftyp");

            Map<String, Object> listed = structured(agent.callTool(new CallToolRequest("list_videos",
                    Map.of("status", "completed"))));
            assertThat(listed).containsEntry("totalItems", 1);
            assertThat(structured(agent.callTool(new CallToolRequest("list_voices", Map.of())))).containsKey("voices");
            assertThat(structured(agent.callTool(new CallToolRequest("list_templates", Map.of()))))
                    .containsEntry("totalItems", 0);
        }
    }

    @Test
    void anotherUsersVideoIsNotFoundAsOverRest() {
        String id = given().header("Authorization", "Bearer " + world.creator().accessToken())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Mine", "script", "Only mine."))
                .post("/api/v1/videos").then().statusCode(202).extract().path("id");
        Account other = Accounts.signUp();
        Map<String, Object> rest = other.request().get("/api/v1/videos/" + id).then().statusCode(404)
                .extract().jsonPath().getMap("$");

        try (McpSyncClient agent = agentOf(other)) {
            agent.initialize();
            CallToolResult result = agent.callTool(new CallToolRequest("get_video", Map.of("id", id)));

            assertThat(result.isError()).isTrue();
            @SuppressWarnings("unchecked")
            Map<String, Object> problem = (Map<String, Object>) result.structuredContent();
            assertThat(problem).containsEntry("status", 404).containsEntry("code", rest.get("code"))
                    .containsEntry("detail", rest.get("detail"));
            assertThat(rest.get("code")).isEqualTo("RESOURCE_NOT_FOUND");
        }
    }

    @Test
    void aBadArgumentNamesTheFieldAsRestDoes() {
        try (McpSyncClient agent = agentOf(world.creator())) {
            agent.initialize();
            CallToolResult result = agent.callTool(new CallToolRequest("create_video",
                    Map.of("script", "Hello.", "output", Map.of("fps", 99))));

            assertThat(result.isError()).isTrue();
            assertThat(result.structuredContent().toString()).contains("VALIDATION_FAILED").contains("output.fps")
                    .contains("fps must be between 1 and 60");
        }
    }

    @Test
    void withoutABearerTokenTheServerAnswers401() {
        given().contentType(ContentType.JSON).accept("application/json, text/event-stream")
                .body(Map.of("jsonrpc", "2.0", "id", 1, "method", "tools/list"))
                .post("/mcp").then().statusCode(401);
    }

    @Test
    void anUnknownMethodIsAJsonRpcError() {
        world.creator().request().accept("application/json, text/event-stream")
                .body(Map.of("jsonrpc", "2.0", "id", 7, "method", "resources/list"))
                .post("/mcp").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(7))
                .body("error.code", org.hamcrest.Matchers.equalTo(-32601));
    }

    private McpSyncClient agentOf(Account account) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(endpoint.toString())
                .endpoint(endpoint.getPath())
                .httpRequestCustomizer((request, method, uri, body, context) ->
                        request.header("Authorization", "Bearer " + account.accessToken()))
                .build();
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30))
                .jsonSchemaValidator(new OutputSchemaCheck()).enableCallToolSchemaCaching(true).build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        assertThat(result.isError()).as(String.valueOf(result.content())).isFalse();
        return (Map<String, Object>) result.structuredContent();
    }
}
