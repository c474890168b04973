package io.videogen.domain.script;

import io.videogen.domain.shared.Guard;
import io.videogen.domain.shared.InvalidValueException;
import java.time.Duration;

/** How a script is read aloud and cut into captions. */
public record ScriptConfig(int wordsPerMinute, Duration pauseBetweenScenes, int captionLineLength,
                           int captionMaxLines) {

    public static final int MIN_WORDS_PER_MINUTE = 80;
    public static final int MAX_WORDS_PER_MINUTE = 300;
    public static final Duration MAX_PAUSE_BETWEEN_SCENES = Duration.ofSeconds(5);
    public static final int MIN_CAPTION_LINE_LENGTH = 20;
    public static final int MAX_CAPTION_LINE_LENGTH = 80;
    public static final int MIN_CAPTION_LINES = 1;
    public static final int MAX_CAPTION_LINES = 3;

    public ScriptConfig {
        Guard.between(wordsPerMinute, MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE, "wordsPerMinute");
        if (pauseBetweenScenes == null) {
            throw new InvalidValueException("pauseBetweenScenes",
                    "pauseBetweenScenes is required; give a pause from 0 to 5 seconds, for example 400 ms");
        }
        if (pauseBetweenScenes.isNegative() || pauseBetweenScenes.compareTo(MAX_PAUSE_BETWEEN_SCENES) > 0) {
            throw new InvalidValueException("pauseBetweenScenes",
                    "pauseBetweenScenes is " + pauseBetweenScenes
                            + "; use a pause from 0 to 5 seconds (PT0S to PT5S)");
        }
        Guard.between(captionLineLength, MIN_CAPTION_LINE_LENGTH, MAX_CAPTION_LINE_LENGTH, "captionLineLength");
        Guard.between(captionMaxLines, MIN_CAPTION_LINES, MAX_CAPTION_LINES, "captionMaxLines");
    }

    public static ScriptConfig defaults() {
        return new ScriptConfig(150, Duration.ofMillis(400), 42, 2);
    }
}
