package io.videogen.domain.speech;

import io.videogen.domain.shared.InvalidValueException;
import java.time.Duration;

/** The check every timing shares: it starts at or after zero and does not end before it starts. */
final class Span {

    private Span() {
    }

    static void check(Duration start, Duration end, String field, String what) {
        if (start == null || end == null) {
            throw new InvalidValueException(field, "'" + what + "' has no start or end; give both");
        }
        if (start.isNegative()) {
            throw new InvalidValueException(field, "'" + what + "' starts at " + start.toMillis()
                    + " ms; a timing starts at 0 or later");
        }
        if (end.compareTo(start) < 0) {
            throw new InvalidValueException(field, "'" + what + "' ends (" + end.toMillis()
                    + " ms) before it starts (" + start.toMillis() + " ms); give an end at or after the start");
        }
    }
}
