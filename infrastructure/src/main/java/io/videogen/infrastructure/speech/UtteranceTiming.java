package io.videogen.infrastructure.speech;

import java.util.List;

/**
 * When the words and phonemes of one utterance (FreeTTS speaks a text sentence by sentence) sound,
 * in seconds from the start of that utterance's audio.
 */
record UtteranceTiming(List<Unit> words, List<Unit> phonemes) {

    record Unit(String name, double start, double end) {
    }
}
