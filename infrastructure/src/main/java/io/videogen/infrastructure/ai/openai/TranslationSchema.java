package io.videogen.infrastructure.ai.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.videogen.domain.translation.SceneTexts;
import io.videogen.domain.translation.TranslationBrief;
import io.videogen.infrastructure.ai.openai.ScriptSchema.NonConformingAnswer;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A translation asked of a language model in one structured call: the prompt with the scenes as
 * JSON, the strict schema of the answer (exactly one scene per scene, in order) and its reading.
 */
final class TranslationSchema {

    static final String NAME = "video_translation";

    private final ObjectMapper json;

    TranslationSchema(ObjectMapper json) {
        this.json = json;
    }

    static String system() {
        return "You translate the scripts of narrated videos. Translate every scene's text (what the narrator "
                + "says), caption and title; keep one scene for each scene, in the same order; a null stays null. "
                + "Copy every glossary term and every {{variable}} exactly as written, untranslated. "
                + "Answer with JSON only.";
    }

    String user(List<SceneTexts> scenes, TranslationBrief brief) {
        ArrayNode input = json.createArrayNode();
        for (SceneTexts scene : scenes) {
            input.addObject().put("text", scene.text()).put("caption", scene.caption()).put("title", scene.title());
        }
        try {
            return "Target language: " + brief.language() + "\nGlossary (keep exactly): "
                    + json.writeValueAsString(brief.glossary()) + "\nScenes: " + json.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode schemaFor(int sceneCount) {
        ObjectNode scene = json.createObjectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode sceneProperties = scene.putObject("properties");
        sceneProperties.putObject("text").put("type", "string").put("minLength", 1);
        sceneProperties.putObject("caption").putArray("type").add("string").add("null");
        sceneProperties.putObject("title").putArray("type").add("string").add("null");
        scene.putArray("required").add("text").add("caption").add("title");
        ObjectNode schema = json.createObjectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode sceneList = schema.putObject("properties").putObject("scenes").put("type", "array")
                .put("minItems", sceneCount).put("maxItems", sceneCount);
        sceneList.set("items", scene);
        schema.putArray("required").add("scenes");
        return schema;
    }

    /** The translated scenes the answer holds; fails with {@link NonConformingAnswer} saying what is wrong. */
    List<SceneTexts> read(String content, int sceneCount) {
        JsonNode answer;
        try {
            answer = json.readTree(ScriptSchema.stripFence(content));
        } catch (JsonProcessingException e) {
            throw new NonConformingAnswer("the answer is not JSON (" + e.getOriginalMessage() + ")");
        }
        if (answer == null || answer.isMissingNode()) {
            throw new NonConformingAnswer("the answer is empty");
        }
        Set<ValidationMessage> problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schemaFor(sceneCount)).validate(answer);
        if (!problems.isEmpty()) {
            throw new NonConformingAnswer("the answer breaks the translation schema: " + problems.stream()
                    .map(ValidationMessage::getMessage).sorted().limit(5).collect(Collectors.joining("; ")));
        }
        List<SceneTexts> scenes = new ArrayList<>();
        for (JsonNode scene : answer.get("scenes")) {
            scenes.add(new SceneTexts(scene.get("text").asText(), text(scene.get("caption")),
                    text(scene.get("title"))));
        }
        return scenes;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
