package io.videogen.domain.video;

import io.videogen.domain.media.Visual;

import io.videogen.domain.script.ScriptConfig;
import io.videogen.domain.script.ScriptParser;
import io.videogen.domain.script.SceneText;
import io.videogen.domain.script.ScriptParsingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The ordered scenes a video narrates. Built from plain text or from scenes the client spelled out. */
public record Script(List<Scene> scenes) {

    public Script {
        scenes = List.copyOf(scenes);
        if (scenes.isEmpty()) {
            throw new ScriptParsingException("script",
                    "the script has no text to narrate once markdown and separators are removed; write sentences");
        }
        for (int i = 0; i < scenes.size(); i++) {
            if (scenes.get(i).index() != i) {
                throw new IllegalArgumentException("scenes must be numbered 0.." + (scenes.size() - 1) + " in order");
            }
        }
    }

    /** A scene as the client described it, before parsing. */
    public record SceneDraft(String text, String caption, String title, Visual visual, Boolean avatar) {
    }

    /** Splits plain text into scenes: a blank line or a line with {@code ---} starts a new scene. */
    public static Script fromText(String text, Visual visual, boolean avatar, ScriptConfig config, VideoLimits limits) {
        Objects.requireNonNull(text, "text");
        limits.checkScriptLength(text);
        ScriptParser parser = new ScriptParser(config);
        List<String> sceneSources = parser.splitScenes(text);
        limits.checkSceneCount(sceneSources.size());
        List<Scene> scenes = new ArrayList<>();
        for (String source : sceneSources) {
            int index = scenes.size();
            limits.checkSceneLength(index, source);
            SceneText parsed = parser.parseScene(source);
            if (!parsed.spokenText().isBlank()) {
                scenes.add(new Scene(index, parsed.spokenText(), null, null, visual, avatar, parsed.cues()));
            }
        }
        return new Script(scenes);
    }

    /** Uses the client's own scene list; each scene's text is cleaned of markdown and cut into cues. */
    public static Script fromScenes(List<SceneDraft> drafts, Visual defaultVisual, boolean defaultAvatar,
                                    ScriptConfig config, VideoLimits limits) {
        Objects.requireNonNull(drafts, "scenes");
        limits.checkSceneCount(drafts.size());
        limits.checkScriptLength(drafts.stream().map(d -> d.text() == null ? "" : d.text())
                .collect(Collectors.joining("\n")));
        ScriptParser parser = new ScriptParser(config);
        List<Scene> scenes = new ArrayList<>();
        for (int index = 0; index < drafts.size(); index++) {
            SceneDraft draft = drafts.get(index);
            String text = draft.text() == null ? "" : draft.text();
            limits.checkSceneLength(index, text);
            SceneText spoken = parser.parseScene(text);
            if (spoken.spokenText().isBlank()) {
                throw new ScriptParsingException("scenes[" + index + "].text",
                        "scene " + index + " has nothing to say; give it some text or remove it");
            }
            SceneText shown = draft.caption() == null || draft.caption().isBlank()
                    ? spoken : parser.parseScene(draft.caption());
            String caption = shown == spoken ? null : shown.spokenText();
            scenes.add(new Scene(index, spoken.spokenText(), caption, draft.title(),
                    draft.visual() == null ? defaultVisual : draft.visual(),
                    draft.avatar() == null ? defaultAvatar : draft.avatar(),
                    shown.cues().isEmpty() ? spoken.cues() : shown.cues()));
        }
        return new Script(scenes);
    }

    public int characterCount() {
        return scenes.stream().mapToInt(scene -> scene.text().length()).sum();
    }

    public int wordCount() {
        return scenes.stream().mapToInt(scene -> scene.text().split("\\s+").length).sum();
    }
}
