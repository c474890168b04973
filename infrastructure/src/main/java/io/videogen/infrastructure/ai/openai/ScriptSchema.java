package io.videogen.infrastructure.ai.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.videogen.domain.media.Visual;
import io.videogen.domain.script.ScriptDraft;
import io.videogen.domain.script.TopicBrief;
import io.videogen.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON Schema a language model is asked to answer with (OpenAI's strict structured-output
 * subset: every property required, no others), and the check of an answer against it and against
 * the scene rules of a video.
 */
final class ScriptSchema {

    static final String NAME = "video_script";

    private final ObjectMapper json;

    ScriptSchema(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode schemaFor(TopicBrief brief) {
        int scenes = brief.scenesWanted();
        ObjectNode scene = json.createObjectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode sceneProperties = scene.putObject("properties");
        sceneProperties.putObject("title").put("description", "a short title card, or null").putArray("type")
                .add("string").add("null");
        sceneProperties.putObject("text").put("type", "string").put("minLength", 1)
                .put("maxLength", ScriptDraft.MAX_SCENE_TEXT)
                .put("description", "what the narrator says in this scene, in plain sentences");
        sceneProperties.putObject("prompt").put("type", "string").put("minLength", 1)
                .put("maxLength", Visual.Prompt.MAX_LENGTH)
                .put("description", "a prompt for an image generator describing the scene's picture");
        scene.putArray("required").add("title").add("text").add("prompt");

        ObjectNode schema = json.createObjectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("title").put("type", "string").put("minLength", 1)
                .put("maxLength", ScriptDraft.MAX_TITLE_LENGTH);
        ObjectNode sceneList = properties.putObject("scenes").put("type", "array")
                .put("minItems", brief.sceneCount() == 0 ? 1 : scenes)
                .put("maxItems", brief.sceneCount() == 0 ? TopicBrief.MAX_SCENES : scenes);
        sceneList.set("items", scene);
        schema.putArray("required").add("title").add("scenes");
        return schema;
    }

    /** The draft the answer holds; fails with {@link NonConformingAnswer} saying what is wrong. */
    ScriptDraft read(String content, TopicBrief brief) {
        JsonNode answer;
        try {
            answer = json.readTree(stripFence(content));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new NonConformingAnswer("the answer is not JSON (" + e.getOriginalMessage() + ")");
        }
        if (answer == null || answer.isMissingNode()) {
            throw new NonConformingAnswer("the answer is empty");
        }
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schemaFor(brief));
        Set<ValidationMessage> problems = schema.validate(answer);
        if (!problems.isEmpty()) {
            throw new NonConformingAnswer("the answer breaks the script schema: " + problems.stream()
                    .map(ValidationMessage::getMessage).sorted().limit(5).collect(Collectors.joining("; ")));
        }
        try {
            List<ScriptDraft.DraftScene> scenes = new ArrayList<>();
            for (JsonNode scene : answer.get("scenes")) {
                JsonNode title = scene.get("title");
                scenes.add(new ScriptDraft.DraftScene(title == null || title.isNull() ? null : title.asText(),
                        scene.get("text").asText(), new Visual.Prompt(scene.get("prompt").asText())));
            }
            return new ScriptDraft(answer.get("title").asText(), brief.language(), scenes);
        } catch (InvalidValueException e) {
            throw new NonConformingAnswer("the script is not usable: " + e.getMessage());
        }
    }

    /** Some servers wrap JSON in a Markdown code fence even when asked for JSON only. */
    static String stripFence(String content) {
        String text = content.strip();
        if (text.startsWith("```")) {
            int firstLine = text.indexOf('\n');
            int end = text.lastIndexOf("```");
            if (firstLine > 0 && end > firstLine) {
                return text.substring(firstLine + 1, end);
            }
        }
        return text;
    }

    /** The model's answer does not hold a script; the message is fed back to it on the second try. */
    static final class NonConformingAnswer extends RuntimeException {
        NonConformingAnswer(String message) {
            super(message);
        }
    }
}
