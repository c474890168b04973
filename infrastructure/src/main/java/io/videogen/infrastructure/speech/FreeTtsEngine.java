package io.videogen.infrastructure.speech;

import io.videogen.application.port.out.RenderStepException;
import java.util.List;

/**
 * FreeTTS's diphone voice "Kevin" (US English, male), inside the FreeTTS jar: the one male English
 * voice a machine with only a JDK has. It knows its word and phoneme times; its text is made ASCII
 * first ({@link SpokenText}), as its front end knows nothing else.
 */
final class FreeTtsEngine implements SpeechEngine {

    static final OfflineVoice KEVIN = new OfflineVoice("en-US-kevin", "Kevin (FreeTTS)", "en-US", "male", "kevin16");

    private final KevinVoice kevin = new KevinVoice();

    @Override
    public List<OfflineVoice> voices() {
        return List.of(KEVIN);
    }

    @Override
    public void warmUp() {
        kevin.prepare();
    }

    @Override
    public Narration speak(String text, OfflineVoice voice, double speed, double pitch) {
        String spoken = SpokenText.of(text);
        if (!SpokenText.isSpeakable(spoken)) {
            throw new RenderStepException("there is nothing to say: the narration text '" + text
                    + "' has no letters or digits the voice can speak", false);
        }
        Narration narration = kevin.speak(spoken, speed, pitch);
        if (narration.pcm().length == 0) {
            throw new RenderStepException("FreeTTS produced no audio for '" + spoken + "'", false);
        }
        return narration;
    }
}
