package io.videogen.domain.script;

import io.videogen.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.List;

/**
 * One caption shown on screen at a time: up to {@link ScriptConfig#captionMaxLines()} lines of words
 * from a single sentence. {@link #index()} counts cues from 0 within their scene; {@link #pauseBefore()}
 * is the silence a script asked for before its words ({@code [pause 500ms]}).
 */
public record CaptionCue(int index, List<String> lines, Duration pauseBefore) {

    public CaptionCue(int index, List<String> lines) {
        this(index, lines, Duration.ZERO);
    }

    public CaptionCue {
        if (index < 0) {
            throw new InvalidValueException("cues", "cue index is " + index + "; number cues from 0");
        }
        if (lines == null || lines.isEmpty()) {
            throw new InvalidValueException("cues", "cue " + index + " has no lines; give it at least one word");
        }
        lines = List.copyOf(lines);
        if (pauseBefore == null || pauseBefore.isNegative()) {
            throw new InvalidValueException("cues", "cue " + index + " has a negative pause; give 0 or more");
        }
        for (String line : lines) {
            if (line.isBlank()) {
                throw new InvalidValueException("cues",
                        "cue " + index + " has an empty line; remove the line or give it words");
            }
        }
    }

    /** The words spoken while this cue is shown. */
    public String text() {
        return String.join(" ", lines);
    }
}
