package io.videogen.infrastructure.ai.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.videogen.application.port.out.ScriptAuthor;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.script.ScriptDraft;
import io.videogen.domain.script.TopicBrief;
import io.videogen.domain.translation.SceneTexts;
import io.videogen.domain.translation.TranslationBrief;
import io.videogen.infrastructure.ai.ProviderGuard;
import io.videogen.infrastructure.ai.ProviderHttp;
import io.videogen.infrastructure.ai.ProviderSettings;
import io.videogen.infrastructure.ai.openai.ScriptSchema.NonConformingAnswer;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Writes a script with an OpenAI-compatible chat server ({@code POST {base}/chat/completions} with a
 * {@code json_schema} response format): OpenAI, Ollama, vLLM, LocalAI, llama.cpp server. An answer
 * that does not match the schema is sent back once with what was wrong; a second one that does not
 * is an {@link UnusableAnswerException}. It also translates a video's scenes ({@link TranslationSchema}).
 */
public final class OpenAiScriptAuthor implements ScriptAuthor {

    private final ProviderSettings settings;
    private final ProviderHttp http;
    private final ProviderGuard guard;
    private final Duration timeout;
    private final ObjectMapper json;
    private final ScriptSchema schema;
    private final TranslationSchema translation;

    public OpenAiScriptAuthor(ProviderSettings settings, ProviderHttp http, ProviderGuard guard, Duration timeout,
                              ObjectMapper json) {
        if (!settings.offers(Capability.CHAT)) {
            throw new IllegalArgumentException("provider '" + settings.name() + "' has no chat-model");
        }
        this.settings = settings;
        this.http = http;
        this.guard = guard;
        this.timeout = timeout;
        this.json = json;
        this.schema = new ScriptSchema(json);
        this.translation = new TranslationSchema(json);
    }

    @Override
    public String provider() {
        return settings.name();
    }

    @Override
    public ScriptDraft write(TopicBrief brief) {
        return writeCounted(brief).draft();
    }

    /** The tokens are what the provider's {@code usage.total_tokens} says, over both attempts. */
    @Override
    public Written writeCounted(TopicBrief brief) {
        ObjectNode request = request(brief);
        long[] tokens = {0};
        NonConformingAnswer first;
        String firstAnswer = null;
        try {
            firstAnswer = complete(request, tokens);
            return new Written(schema.read(firstAnswer, brief), tokens[0]);
        } catch (NonConformingAnswer e) {
            first = e;
            guard.answerRejected(reason(e));
        }
        ArrayNode messages = (ArrayNode) request.get("messages");
        if (firstAnswer != null) {
            messages.addObject().put("role", "assistant").put("content", firstAnswer);
        }
        messages.addObject().put("role", "user").put("content", "That answer cannot be used: " + first.getMessage()
                + ". Answer again with only a JSON object that matches the schema.");
        try {
            return new Written(schema.read(complete(request, tokens), brief), tokens[0]);
        } catch (NonConformingAnswer second) {
            guard.answerRejected(reason(second));
            throw new UnusableAnswerException(settings.name(), reason(second) + " (also when asked again)");
        }
    }

    /** One structured call with the scenes as JSON; an answer that breaks the schema is unusable. */
    @Override
    public Translated translate(List<SceneTexts> scenes, TranslationBrief brief) {
        ObjectNode request = json.createObjectNode().put("model", settings.model(Capability.CHAT))
                .put("temperature", 0.2);
        ArrayNode messages = request.putArray("messages");
        messages.addObject().put("role", "system").put("content", TranslationSchema.system());
        messages.addObject().put("role", "user").put("content", translation.user(scenes, brief));
        ObjectNode jsonSchema = request.putObject("response_format").put("type", "json_schema")
                .putObject("json_schema").put("name", TranslationSchema.NAME).put("strict", true);
        jsonSchema.set("schema", translation.schemaFor(scenes.size()));
        long[] tokens = {0};
        try {
            return new Translated(translation.read(complete(request, tokens), scenes.size()), tokens[0]);
        } catch (NonConformingAnswer e) {
            guard.answerRejected(reason(e));
            throw new UnusableAnswerException(settings.name(), reason(e));
        }
    }

    private String reason(NonConformingAnswer e) {
        return "provider '" + settings.name() + "' (chat): " + e.getMessage();
    }

    /** One guarded round trip; the message content of the first choice. Adds the tokens used to {@code tokens[0]}. */
    private String complete(ObjectNode request, long[] tokens) {
        String body = write(request);
        ProviderHttp.Answer answer = guard.call(() -> http.postJson(settings.endpoint("/chat/completions"), body,
                headers(), settings.apiKey(), timeout));
        JsonNode response;
        try {
            response = json.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new NonConformingAnswer("the response body is not JSON");
        }
        if (response != null) {
            tokens[0] += response.path("usage").path("total_tokens").asLong(0);
        }
        JsonNode choice = response == null ? null : response.path("choices").path(0);
        if (choice == null || choice.isMissingNode()) {
            throw new NonConformingAnswer("the response has no choices");
        }
        JsonNode message = choice.path("message");
        if (message.hasNonNull("refusal")) {
            throw new NonConformingAnswer("the model refused: " + message.get("refusal").asText());
        }
        if ("length".equals(choice.path("finish_reason").asText())) {
            throw new NonConformingAnswer("the answer was cut off at the model's token limit");
        }
        JsonNode content = message.path("content");
        if (!content.isTextual() || content.asText().isBlank()) {
            throw new NonConformingAnswer("the answer has no text content");
        }
        return content.asText();
    }

    private ObjectNode request(TopicBrief brief) {
        ObjectNode request = json.createObjectNode().put("model", settings.model(Capability.CHAT))
                .put("temperature", 0.7);
        ArrayNode messages = request.putArray("messages");
        messages.addObject().put("role", "system").put("content", Prompts.system());
        messages.addObject().put("role", "user").put("content", Prompts.user(brief));
        ObjectNode format = request.putObject("response_format").put("type", "json_schema");
        ObjectNode jsonSchema = format.putObject("json_schema").put("name", ScriptSchema.NAME).put("strict", true);
        jsonSchema.set("schema", schema.schemaFor(brief));
        return request;
    }

    private Map<String, String> headers() {
        return settings.apiKey().map(key -> Map.of("Authorization", "Bearer " + key)).orElse(Map.of());
    }

    private String write(ObjectNode request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
