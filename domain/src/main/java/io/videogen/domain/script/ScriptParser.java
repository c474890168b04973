package io.videogen.domain.script;

import io.videogen.domain.speech.SpeechPauses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads a markdown script: cuts it into scenes, strips the markdown from each scene and lays the
 * spoken words out as caption cues, one sentence at a time. Accepts any string.
 */
public final class ScriptParser {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final String SCENE_RULE = "---";

    private final CaptionLayout layout;

    public ScriptParser(ScriptConfig config) {
        Objects.requireNonNull(config, "config");
        this.layout = new CaptionLayout(config.captionLineLength(), config.captionMaxLines());
    }

    /** A blank line, or a line that is just {@code ---}, starts a new scene; empty scenes are dropped. */
    public List<String> splitScenes(String script) {
        requireText(script, "script");
        List<String> scenes = new ArrayList<>();
        List<String> scene = new ArrayList<>();
        for (String line : LINE_BREAK.split(script, -1)) {
            String trimmed = SpeakableText.trim(line);
            if (trimmed.isEmpty() || trimmed.equals(SCENE_RULE)) {
                addScene(scenes, scene);
                scene.clear();
            } else {
                scene.add(line);
            }
        }
        addScene(scenes, scene);
        return scenes;
    }

    public SceneText parseScene(String sceneMarkdown) {
        requireText(sceneMarkdown, "sceneMarkdown");
        String spoken = MarkdownStripper.strip(sceneMarkdown);
        List<CaptionCue> cues = new ArrayList<>();
        // A written pause ([pause 500ms]) is silence before the next cue, never a caption's words.
        for (SpeechPauses.Part part : SpeechPauses.split(spoken)) {
            Duration pause = part.pauseBefore();
            for (List<String> sentence : Sentences.split(part.text())) {
                for (List<String> lines : layout.cues(sentence)) {
                    cues.add(new CaptionCue(cues.size(), lines, pause));
                    pause = Duration.ZERO;
                }
            }
        }
        return new SceneText(spoken, cues);
    }

    /** Every scene that has something to say, in order. */
    public List<SceneText> parse(String script) {
        List<SceneText> scenes = new ArrayList<>();
        for (String scene : splitScenes(script)) {
            SceneText parsed = parseScene(scene);
            if (!parsed.isEmpty()) {
                scenes.add(parsed);
            }
        }
        return scenes;
    }

    private static void addScene(List<String> scenes, List<String> lines) {
        if (!lines.isEmpty()) {
            scenes.add(String.join("\n", lines));
        }
    }

    private static void requireText(String text, String name) {
        if (text == null) {
            throw new IllegalArgumentException(name + " must not be null; pass an empty string for no text");
        }
    }
}
