package io.videogen.application.port.in;

import io.videogen.domain.script.TopicBrief;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.video.Script.SceneDraft;
import java.util.List;

/**
 * What the client wrote: plain text split into scenes by the service, scenes spelled out, or a
 * topic the render's script stage drafts the scenes from.
 */
public sealed interface ScriptSource {

    record PlainText(String text) implements ScriptSource {
        public PlainText {
            if (text == null || text.isBlank()) {
                throw new InvalidValueException("script", "script is empty; write what the narrator should say");
            }
        }
    }

    record Scenes(List<SceneDraft> scenes) implements ScriptSource {
        public Scenes {
            if (scenes == null || scenes.isEmpty()) {
                throw new InvalidValueException("scenes", "scenes is empty; give at least one scene");
            }
            scenes = List.copyOf(scenes);
        }
    }

    record Topic(TopicBrief brief) implements ScriptSource {
        public Topic {
            java.util.Objects.requireNonNull(brief, "brief");
        }
    }

    static ScriptSource of(String script, List<SceneDraft> scenes) {
        return of(script, scenes, null);
    }

    /** @param topic the brief when the client sent {@code topic}, else null */
    static ScriptSource of(String script, List<SceneDraft> scenes, TopicBrief topic) {
        if (topic != null && (script != null || scenes != null)) {
            throw new InvalidValueException("topic", "give topic, script or scenes, only one of them");
        }
        if (script != null && scenes != null) {
            throw new InvalidValueException("script", "give script or scenes, not both");
        }
        if (topic != null) {
            return new Topic(topic);
        }
        if (script == null && scenes == null) {
            throw new InvalidValueException("script", "give script (plain text), scenes, or a topic to draft them from");
        }
        return script != null ? new PlainText(script) : new Scenes(scenes);
    }
}
