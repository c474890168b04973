package io.videogen.infrastructure.speech;

import java.util.List;

/** One offline synthesiser: the voices it can speak here and how it says a text. */
interface SpeechEngine {

    /** Its voices; none when what it needs (a program) is not installed. */
    List<OfflineVoice> voices();

    /**
     * Says the text. Word timings are the engine's own when it knows them, otherwise empty (the
     * caller aligns them on the audio).
     *
     * @param speed 1.0 is the voice's normal rate
     * @param pitch semitones up (positive) or down from the voice's own pitch
     */
    Narration speak(String text, OfflineVoice voice, double speed, double pitch);

    /** Whether it says texts on several threads at once (the same audio as one after the other). */
    default boolean speaksConcurrently() {
        return false;
    }

    /** Loads what the first narration would otherwise wait for. */
    default void warmUp() {
    }
}
