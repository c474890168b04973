package io.videogen.application.port.out;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Synthesised speech: a WAV file, its exact length, and the timing of its words and phonemes when
 * the engine tells them (empty lists otherwise; the avatar then follows loudness).
 */
public record SpeechClip(Path wav, Duration duration, List<TimedUnit> words, List<TimedUnit> phonemes) {

    public SpeechClip {
        words = List.copyOf(words);
        phonemes = List.copyOf(phonemes);
    }

    /** A word or phoneme and when it sounds, from the start of the clip. */
    public record TimedUnit(String unit, Duration start, Duration end) {
    }
}
