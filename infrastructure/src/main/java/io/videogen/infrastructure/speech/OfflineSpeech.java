package io.videogen.infrastructure.speech;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.application.port.out.SpeechSynthesizer;
import io.videogen.application.port.out.VoiceDescription;
import io.videogen.domain.media.Voice;
import io.videogen.domain.speech.SpeechPauses;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The voices that need no provider: MaryTTS's "SLT" (the default, {@value Voice#DEFAULT_ID}),
 * FreeTTS's "Kevin", and eSpeak NG's languages when the program is installed. Every clip starts and
 * ends with the voice (the engines' own silence is cut off), says {@code [pause 500ms]} as silence,
 * and has word timings: the engine's where it knows them, aligned on the audio otherwise.
 */
@ApplicationScoped
public class OfflineSpeech implements SpeechSynthesizer {

    static final String PROVIDER = "offline";

    private final Map<String, Spoken> voices = new LinkedHashMap<>();

    private record Spoken(OfflineVoice voice, SpeechEngine engine) {
    }

    public OfflineSpeech() {
        for (SpeechEngine engine : List.of(new MaryEngine(), new FreeTtsEngine(), new EspeakEngine())) {
            engine.voices().forEach(voice -> voices.put(voice.id(), new Spoken(voice, engine)));
        }
    }

    /**
     * Starts the engine that speaks this voice, and no other (MaryTTS, the default voice's: about three
     * seconds; FreeTTS: a fraction of that); meant for a background thread. A voice not offered here
     * starts nothing: the render says so when it asks for it.
     */
    public void warmUp(String voiceId) {
        Spoken spoken = spokenBy(voiceId);
        if (spoken != null) {
            spoken.engine().warmUp();
        }
    }

    /** Two at once (the machines this runs on have few cores) when the voice's engine can, else one. */
    @Override
    public int clipsAtOnce(Voice voice) {
        Spoken spoken = spokenBy(voice.voiceId());
        return spoken != null && spoken.engine().speaksConcurrently()
                ? Math.min(2, Runtime.getRuntime().availableProcessors()) : 1;
    }

    @Override
    public List<VoiceDescription> voices() {
        List<VoiceDescription> listed = new ArrayList<>();
        listed.add(describe(Voice.DEFAULT_ID, MaryEngine.SLT, " - default"));
        voices.values().forEach(spoken -> listed.add(describe(spoken.voice().id(), spoken.voice(), "")));
        return listed;
    }

    @Override
    public SpeechClip synthesize(String text, Voice voice, Path wavFile) {
        Spoken spoken = spokenBy(voice.voiceId());
        if (spoken == null) {
            throw new RenderStepException("voice '" + voice.voiceId() + "' is not offered by the offline speech "
                    + "provider; use one of: " + voices().stream().map(VoiceDescription::id)
                    .collect(Collectors.joining(", ")), false);
        }
        List<SpeechPauses.Part> parts = SpeechPauses.split(text == null ? "" : text);
        if (parts.stream().noneMatch(part -> SpokenText.isSpeakable(part.text()))) {
            throw new RenderStepException("there is nothing to say: the narration text '" + text
                    + "' has no letters or digits the voice can speak", false);
        }
        Narration narration = null;
        for (SpeechPauses.Part part : parts) {
            Narration said = SpokenText.isSpeakable(part.text())
                    ? spoken.engine().speak(part.text(), spoken.voice(), voice.speed(), voice.pitch()).trimmed()
                    : null;
            narration = Narration.joined(narration, part.pauseBefore(), said);
        }
        try {
            return narration.writeWav(wavFile);
        } catch (IOException e) {
            throw new RenderStepException("cannot write narration to " + wavFile + ": " + e.getMessage(), true, e);
        }
    }

    private Spoken spokenBy(String voiceId) {
        return voices.get(Voice.DEFAULT_ID.equals(voiceId) ? MaryEngine.SLT.id() : voiceId);
    }

    private static VoiceDescription describe(String id, OfflineVoice voice, String note) {
        return new VoiceDescription(id, PROVIDER, voice.name() + note, voice.language(), voice.gender());
    }
}
