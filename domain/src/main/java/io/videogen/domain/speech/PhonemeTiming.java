package io.videogen.domain.speech;

import io.videogen.domain.shared.InvalidValueException;
import java.time.Duration;

/**
 * A phoneme, in the synthesiser's own symbols (FreeTTS and MaryTTS write ARPAbet/SAMPA-like names),
 * and when it sounds; the presenter picks mouth shapes from these.
 */
public record PhonemeTiming(String phoneme, Duration start, Duration end) {

    public PhonemeTiming {
        if (phoneme == null || phoneme.isBlank()) {
            throw new InvalidValueException("phonemes", "a timed phoneme is blank; name the phoneme it times");
        }
        Span.check(start, end, "phonemes", phoneme);
    }

    public PhonemeTiming shifted(Duration shift) {
        return new PhonemeTiming(phoneme, start.plus(shift), end.plus(shift));
    }
}
