package io.videogen.domain.video;

import io.videogen.domain.media.Visual;

import io.videogen.domain.script.CaptionCue;
import io.videogen.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One scene of a script: what the narrator says, what the captions show (split into cues at
 * sentence boundaries), an optional title card, the background, and whether the presenter appears.
 */
public record Scene(int index, String text, String caption, String title, Visual visual, boolean avatar,
                    List<CaptionCue> cues) {

    public static final int MAX_TITLE_LENGTH = 200;

    public Scene {
        if (index < 0) {
            throw new IllegalArgumentException("scene index must not be negative");
        }
        Objects.requireNonNull(visual, "visual");
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("scenes[" + index + "].text",
                    "scene " + index + " has nothing to say; give it some text or remove it");
        }
        if (title != null && title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidValueException("scenes[" + index + "].title",
                    "scene " + index + " title is longer than " + MAX_TITLE_LENGTH + " characters; shorten it");
        }
        cues = List.copyOf(cues);
        if (cues.isEmpty()) {
            throw new InvalidValueException("scenes[" + index + "].text", "scene " + index + " has no caption text");
        }
        caption = caption == null || caption.isBlank() ? null : caption;
        title = title == null || title.isBlank() ? null : title.strip();
    }

    /** True when the captions show the spoken words themselves, so each cue can be voiced on its own. */
    public boolean captionsFollowSpeech() {
        return caption == null;
    }

    public Optional<String> titleCard() {
        return Optional.ofNullable(title);
    }

    /** Everything about this scene that changes how it looks or sounds, for content hashes. */
    public String fingerprint() {
        return String.join("\u0000", String.valueOf(index), text, String.valueOf(caption), String.valueOf(title),
                visual.fingerprint(), String.valueOf(avatar));
    }
}
