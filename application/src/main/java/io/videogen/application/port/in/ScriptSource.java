package io.videogen.application.port.in;

import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.video.Script.SceneDraft;
import java.util.List;

/** What the client wrote: plain text split into scenes by the service, or scenes spelled out. */
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

    static ScriptSource of(String script, List<SceneDraft> scenes) {
        if (script != null && scenes != null) {
            throw new InvalidValueException("script", "give script or scenes, not both");
        }
        if (script == null && scenes == null) {
            throw new InvalidValueException("script", "give script (plain text) or scenes");
        }
        return script != null ? new PlainText(script) : new Scenes(scenes);
    }
}
