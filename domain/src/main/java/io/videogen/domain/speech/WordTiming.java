package io.videogen.domain.speech;

import io.videogen.domain.shared.InvalidValueException;
import java.time.Duration;

/**
 * A spoken word and when it sounds, measured from the start of its clip (or of whatever timeline it
 * has been {@link #shifted(Duration) shifted} onto). The captions, the presenter and
 * {@code captions.json} all read these.
 */
public record WordTiming(String word, Duration start, Duration end) {

    public WordTiming {
        if (word == null || word.isBlank()) {
            throw new InvalidValueException("words", "a timed word is blank; give each timing the word it times");
        }
        Span.check(start, end, "words", word);
    }

    /** The same word on a timeline that starts {@code shift} earlier. */
    public WordTiming shifted(Duration shift) {
        return new WordTiming(word, start.plus(shift), end.plus(shift));
    }

    /** The midpoint of the word, where it is most surely being spoken. */
    public Duration middle() {
        return start.plus(end.minus(start).dividedBy(2));
    }
}
