package io.videogen.infrastructure.ai.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.videogen.application.port.out.ProviderDirectory.CircuitState;
import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.script.ScriptDraft;
import io.videogen.domain.script.TopicBrief;
import io.videogen.infrastructure.Eventually;
import io.videogen.infrastructure.ai.ProviderGuard;
import io.videogen.infrastructure.ai.ProviderTestKit;
import io.videogen.infrastructure.ai.Resilience;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiScriptAuthorTest {

    private static final String CHAT = "/v1/chat/completions";
    private static final TopicBrief BRIEF = new TopicBrief("How tides work", "en", 30, 2, "friendly", null);

    private final ProviderTestKit kit = new ProviderTestKit();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void asksForTheScriptSchemaAndReadsTheDraft() {
        kit.server.stubFor(post(urlEqualTo(CHAT)).willReturn(okJson(ChatAnswers.completion(ChatAnswers.TIDES))));

        ScriptDraft draft = author(ProviderTestKit.quick(Duration.ofSeconds(2))).write(BRIEF);

        assertThat(draft.title()).isEqualTo("Tides");
        assertThat(draft.scenes()).extracting(ScriptDraft.DraftScene::text)
                .containsExactly("The moon pulls on the oceans.", "Twice a day the water rises and falls.");
        assertThat(draft.scenes().get(0).visual().prompt()).isEqualTo("the moon over a calm sea at night");
        kit.server.verify(postRequestedFor(urlEqualTo(CHAT))
                .withHeader("Authorization", equalTo("Bearer " + ProviderTestKit.KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("llama3.2")))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.scenes.minItems",
                        equalTo("2"))));
        assertThat(kit.count("local", "success")).isEqualTo(1);
    }

    @Test
    void aSlowProviderIsCutOffAtTheTimeout() {
        kit.server.stubFor(post(urlEqualTo(CHAT)).willReturn(okJson(ChatAnswers.completion(ChatAnswers.TIDES))
                .withFixedDelay(10_000)));
        Resilience resilience = ProviderTestKit.quick(Duration.ofMillis(300));
        Instant started = Instant.now();

        assertThatThrownBy(() -> author(resilience).write(BRIEF))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("did not answer within 300 ms");

        // three attempts of 300 ms and two short waits, never the 10 s the server takes
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(5));
        assertThat(kit.server.getAllServeEvents()).hasSize(3);
        assertThat(kit.count("local", "timeout")).isEqualTo(1);
    }

    @Test
    void serverErrorsOpenTheCircuitWhichRecoversThroughHalfOpen() {
        kit.server.stubFor(post(urlEqualTo(CHAT)).willReturn(aResponse().withStatus(500).withBody("boom")));
        Resilience resilience = new Resilience(Duration.ofSeconds(2), 0, Duration.ofMillis(10),
                Duration.ofMillis(40), Duration.ofSeconds(3), 4, 0.5, Duration.ofMillis(400), 4, 4);
        ProviderGuard guard = kit.guard("local", Capability.CHAT, resilience);
        OpenAiScriptAuthor author = author(guard, resilience);

        for (int call = 0; call < 4; call++) {
            assertThatThrownBy(() -> author.write(BRIEF)).isInstanceOf(ProviderUnavailableException.class)
                    .hasMessageContaining("HTTP 500");
        }
        assertThat(guard.circuit()).isEqualTo(CircuitState.OPEN);
        assertThat(kit.meters.get("videogen.provider.circuit.state").tag("provider", "local").gauge().value())
                .isEqualTo(1.0);
        assertThatThrownBy(() -> author.write(BRIEF)).isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("circuit is open")
                .satisfies(e -> assertThat(((ProviderUnavailableException) e).retryAfter())
                        .isPositive().isLessThanOrEqualTo(Duration.ofMillis(400)));
        assertThat(kit.server.getAllServeEvents()).as("an open circuit sends nothing").hasSize(4);

        kit.server.resetAll();
        kit.server.stubFor(post(urlEqualTo(CHAT)).willReturn(okJson(ChatAnswers.completion(ChatAnswers.TIDES))));
        Eventually.within(Duration.ofSeconds(5), () -> assertThat(guard.circuit()).isEqualTo(CircuitState.HALF_OPEN));

        assertThat(author.write(BRIEF).title()).isEqualTo("Tides");
        assertThat(guard.circuit()).isEqualTo(CircuitState.CLOSED);
        assertThat(kit.meters.get("videogen.provider.circuit.state").tag("provider", "local").gauge().value())
                .isZero();
        assertThat(kit.count("local", "circuit_open")).isEqualTo(1);
    }

    @Test
    void aRefusedKeyFailsEveryCallButDoesNotOpenTheCircuitForEveryoneElse() {
        kit.server.stubFor(post(urlEqualTo(CHAT)).willReturn(aResponse().withStatus(401).withBody("bad key")));
        Resilience resilience = new Resilience(Duration.ofSeconds(2), 0, Duration.ofMillis(10),
                Duration.ofMillis(40), Duration.ofSeconds(3), 4, 0.5, Duration.ofMillis(400), 4, 4);
        ProviderGuard guard = kit.guard("local", Capability.CHAT, resilience);
        OpenAiScriptAuthor author = author(guard, resilience);

        for (int call = 0; call < 6; call++) {
            assertThatThrownBy(() -> author.write(BRIEF)).isInstanceOf(ProviderUnavailableException.class)
                    .hasMessageContaining("HTTP 401");
        }

        assertThat(guard.circuit()).isEqualTo(CircuitState.CLOSED);
        assertThat(kit.server.getAllServeEvents()).as("each call asked, none retried").hasSize(6);
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheProvidersRetryAfter() {
        kit.server.stubFor(post(urlEqualTo(CHAT)).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"error\":{\"message\":\"Rate limit reached\"}}"))
                .willSetStateTo("free"));
        kit.server.stubFor(post(urlEqualTo(CHAT)).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(okJson(ChatAnswers.completion(ChatAnswers.TIDES))));

        assertThat(author(ProviderTestKit.quick(Duration.ofSeconds(2))).write(BRIEF).title()).isEqualTo("Tides");

        List<Instant> sent = kit.server.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .map(request -> request.getLoggedDate().toInstant()).sorted(Comparator.naturalOrder()).toList();
        assertThat(sent).hasSize(2);
        assertThat(Duration.between(sent.get(0), sent.get(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aRetryAfterBeyondTheLimitFailsAtOnceAndPassesTheWaitOn() {
        kit.server.stubFor(post(urlEqualTo(CHAT)).willReturn(aResponse().withStatus(503).withHeader("Retry-After",
                "120")));

        assertThatThrownBy(() -> author(ProviderTestKit.quick(Duration.ofSeconds(2))).write(BRIEF))
                .isInstanceOf(ProviderUnavailableException.class)
                .satisfies(e -> assertThat(((ProviderUnavailableException) e).retryAfter())
                        .isEqualTo(Duration.ofSeconds(120)));
        assertThat(kit.server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void aBodyThatIsNotJsonIsAskedForOnceMoreThenRejected() {
        kit.server.stubFor(post(urlEqualTo(CHAT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"choices\": [{\"message\": {\"con")));

        assertThatThrownBy(() -> author(ProviderTestKit.quick(Duration.ofSeconds(2))).write(BRIEF))
                .isInstanceOf(UnusableAnswerException.class)
                .hasMessageContaining("not JSON").hasMessageContaining("also when asked again");
        assertThat(kit.server.getAllServeEvents()).hasSize(2);
        assertThat(kit.count("local", "invalid")).isEqualTo(2);
    }

    @Test
    void aScriptThatBreaksTheSchemaIsSentBackWithTheReasonOnce() {
        String missingPrompt = "{\"title\":\"Tides\",\"scenes\":[{\"title\":null,\"text\":\"The moon pulls.\"},"
                + "{\"title\":null,\"text\":\"Water rises.\",\"prompt\":\"a beach\"}]}";
        kit.server.stubFor(post(urlEqualTo(CHAT)).inScenario("fix").whenScenarioStateIs(STARTED)
                .willReturn(okJson(ChatAnswers.completion(missingPrompt))).willSetStateTo("fixed"));
        kit.server.stubFor(post(urlEqualTo(CHAT)).inScenario("fix").whenScenarioStateIs("fixed")
                .willReturn(okJson(ChatAnswers.completion(ChatAnswers.TIDES))));

        assertThat(author(ProviderTestKit.quick(Duration.ofSeconds(2))).write(BRIEF).scenes()).hasSize(2);

        kit.server.verify(2, postRequestedFor(urlEqualTo(CHAT)));
        kit.server.verify(postRequestedFor(urlEqualTo(CHAT))
                .withRequestBody(matchingJsonPath("$.messages[3].content", com.github.tomakehurst.wiremock.client
                        .WireMock.containing("breaks the script schema"))));
    }

    @Test
    void aScriptThatBreaksTheSchemaTwiceIsUnusable() {
        String oneScene = "{\"title\":\"Tides\",\"scenes\":[{\"title\":null,\"text\":\"The moon.\",\"prompt\":\"a\"}]}";
        kit.server.stubFor(post(urlEqualTo(CHAT)).willReturn(okJson(ChatAnswers.completion(oneScene))));

        assertThatThrownBy(() -> author(ProviderTestKit.quick(Duration.ofSeconds(2))).write(BRIEF))
                .isInstanceOf(UnusableAnswerException.class)
                .hasMessageContaining("breaks the script schema");
    }

    @Test
    void theKeyNeverAppearsInAFailure() {
        kit.server.stubFor(post(urlEqualTo(CHAT)).willReturn(aResponse().withStatus(401).withBody(
                "{\"error\":{\"message\":\"Incorrect API key provided: " + ProviderTestKit.KEY + "\"}}")));

        assertThatThrownBy(() -> author(ProviderTestKit.quick(Duration.ofSeconds(2))).write(BRIEF))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("HTTP 401")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(ProviderTestKit.KEY)
                        .doesNotContain("0123456789abcdef"));
        assertThat(kit.server.getAllServeEvents()).as("a refused key is not retried").hasSize(1);
    }

    private OpenAiScriptAuthor author(Resilience resilience) {
        return author(kit.guard("local", Capability.CHAT, resilience), resilience);
    }

    private OpenAiScriptAuthor author(ProviderGuard guard, Resilience resilience) {
        return new OpenAiScriptAuthor(kit.settings("local", Map.of(Capability.CHAT, "llama3.2")), kit.http, guard,
                resilience.timeout(), json);
    }
}
