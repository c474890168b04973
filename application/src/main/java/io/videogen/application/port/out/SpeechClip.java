package io.videogen.application.port.out;

import io.videogen.domain.speech.PhonemeTiming;
import io.videogen.domain.speech.WordTiming;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Synthesised speech: a WAV file, its exact length, and the timing of its words and phonemes when
 * the engine tells them (empty lists otherwise; the avatar then follows loudness).
 */
public record SpeechClip(Path wav, Duration duration, List<WordTiming> words, List<PhonemeTiming> phonemes) {

    public SpeechClip {
        words = List.copyOf(words);
        phonemes = List.copyOf(phonemes);
    }
}
