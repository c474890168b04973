package io.videogen.infrastructure.speech;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import io.videogen.application.port.out.RenderStepException;
import java.util.Arrays;

/**
 * FreeTTS's 16 kHz diphone voice "kevin16", whose data ships inside the FreeTTS jar. A FreeTTS
 * voice keeps per-utterance state, so there is one voice and one narration at a time.
 */
final class KevinVoice {

    /** FreeTTS's own speaking rate; a speed of 1.0 means this many words per minute. */
    static final float NORMAL_WORDS_PER_MINUTE = 150f;
    private static final String NAME = "kevin16";

    private final TimingCollector timing = new TimingCollector();
    private Voice voice;
    private float normalPitch;

    /**
     * @param text text FreeTTS can say (see {@link SpokenText})
     */
    synchronized Narration speak(String text, double speed, double semitones) {
        Voice allocated = allocated();
        allocated.setPitch((float) (normalPitch * Math.pow(2, semitones / 12)));
        CapturingAudioPlayer player = new CapturingAudioPlayer();
        timing.clear();
        allocated.setAudioPlayer(player);
        allocated.setRate((float) (NORMAL_WORDS_PER_MINUTE * speed));
        if (!allocated.speak(text)) {
            throw new RenderStepException("FreeTTS could not speak the text '" + abbreviated(text) + "'", false);
        }
        return Narration.assemble(player.pcm(), player.getAudioFormat(), player.utteranceOffsets(), timing.utterances());
    }

    /** Loads the voice now rather than at the first narration. */
    synchronized void prepare() {
        allocated();
    }

    /** Loading the voice data takes about half a second, so it happens on first use, not at startup. */
    @SuppressWarnings("unchecked") // FreeTTS predates generics: its processor list is a raw List.
    private Voice allocated() {
        if (voice == null) {
            // The directory is asked directly rather than through VoiceManager and the global
            // "freetts.voices" property, so nothing else in the JVM is affected.
            Voice found = Arrays.stream(new KevinVoiceDirectory().getVoices())
                    .filter(candidate -> NAME.equals(candidate.getName()))
                    .findFirst()
                    .orElseThrow(() -> new RenderStepException("FreeTTS voice " + NAME + " is missing from the classpath", false));
            found.allocate();
            found.getUtteranceProcessors().add(timing);
            normalPitch = found.getPitch();
            voice = found;
        }
        return voice;
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
