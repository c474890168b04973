package io.videogen.infrastructure.speech;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.application.port.out.SpeechSynthesizer;
import io.videogen.application.port.out.VoiceDescription;
import io.videogen.domain.media.Voice;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Offline narration with FreeTTS. Writes 16 kHz, 16-bit mono WAV files (the voice's native rate;
 * the composer resamples when it mixes) and reports word and phoneme timings from the engine.
 */
@ApplicationScoped
public class FreeTtsSpeechSynthesizer implements SpeechSynthesizer {

    static final String PROVIDER = "freetts";
    private static final VoiceDescription KEVIN =
            new VoiceDescription(Voice.DEFAULT_ID, PROVIDER, "Kevin", "en-US", "male");

    private final KevinVoice kevin = new KevinVoice();

    @Override
    public List<VoiceDescription> voices() {
        return List.of(KEVIN);
    }

    @Override
    public SpeechClip synthesize(String text, Voice voice, Path wavFile) {
        if (!KEVIN.id().equals(voice.voiceId())) {
            throw new RenderStepException("voice '" + voice.voiceId() + "' is not offered by the offline speech provider;"
                    + " use one of: " + voices().stream().map(VoiceDescription::id).collect(Collectors.joining(", ")),
                    false);
        }
        String spoken = text == null ? "" : SpokenText.of(text);
        if (!SpokenText.isSpeakable(spoken)) {
            throw new RenderStepException("there is nothing to say: the narration text '" + text
                    + "' has no letters or digits the voice can speak", false);
        }
        Narration narration = kevin.speak(spoken, voice.speed());
        if (narration.pcm().length == 0) {
            throw new RenderStepException("FreeTTS produced no audio for '" + spoken + "'", false);
        }
        try {
            return narration.writeWav(wavFile);
        } catch (IOException e) {
            throw new RenderStepException("cannot write narration to " + wavFile + ": " + e.getMessage(), true, e);
        }
    }
}
