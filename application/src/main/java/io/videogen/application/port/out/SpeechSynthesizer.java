package io.videogen.application.port.out;

import io.videogen.domain.media.Voice;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.SceneProvenance.VoiceMaker;
import java.nio.file.Path;
import java.util.List;

/** Turns text into narration. Blocking: called from render workers. */
public interface SpeechSynthesizer {

    List<VoiceDescription> voices();

    /** Writes the spoken text as a WAV file; fails with {@link RenderStepException} naming what went wrong. */
    SpeechClip synthesize(String text, Voice voice, Path wavFile);

    /** The same, saying who spoke it; a single synthesizer speaks in the voice it was asked for. */
    default Spoken narrate(String text, Voice voice, Path wavFile) {
        return new Spoken(synthesize(text, voice, wavFile), new VoiceMaker(SceneProvenance.OFFLINE, voice.voiceId(),
                false));
    }

    /** The same for a render whose provider calls are made with this account (its keys, metered to its user). */
    default Spoken narrate(String text, Voice voice, Path wavFile, ProviderAccount account) {
        return narrate(text, voice, wavFile);
    }

    /**
     * How many clips of this voice may be said at once, from as many threads, each the same as if said
     * alone: 1 unless the synthesizer knows better (a provider's calls stay one after the other).
     */
    default int clipsAtOnce(Voice voice) {
        return 1;
    }

    /** A clip and who spoke it. */
    record Spoken(SpeechClip clip, VoiceMaker maker) {
    }
}
