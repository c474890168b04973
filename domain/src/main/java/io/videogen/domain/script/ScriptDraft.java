package io.videogen.domain.script;

import io.videogen.domain.media.Visual;
import io.videogen.domain.shared.Guard;
import io.videogen.domain.shared.InvalidValueException;
import java.util.List;

/**
 * A script written from a topic, for the user to edit: a title and scenes, each with the words to
 * speak and a prompt for its picture. It holds to the same limits a video's scenes do.
 */
public record ScriptDraft(String title, String language, List<DraftScene> scenes) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_SCENE_TEXT = 2000;

    public ScriptDraft {
        Guard.notBlank(title, "title");
        title = Guard.maxLength(title.strip(), MAX_TITLE_LENGTH, "title");
        Guard.notBlank(language, "language");
        if (scenes == null || scenes.isEmpty()) {
            throw new InvalidValueException("scenes", "a script needs at least one scene");
        }
        scenes = List.copyOf(scenes);
    }

    /** One scene: an optional title card, the narration and the picture prompt. */
    public record DraftScene(String title, String text, Visual.Prompt visual) {

        public DraftScene {
            title = title == null || title.isBlank() ? null : Guard.maxLength(title.strip(), MAX_TITLE_LENGTH,
                    "scenes.title");
            Guard.notBlank(text, "scenes.text");
            text = Guard.maxLength(text.strip(), MAX_SCENE_TEXT, "scenes.text");
            Guard.present(visual, "scenes.visual");
        }
    }
}
