package io.videogen.application.port.out;

import io.videogen.domain.media.Voice;
import java.nio.file.Path;
import java.util.List;

/** Turns text into narration. Blocking: called from render workers. */
public interface SpeechSynthesizer {

    List<VoiceDescription> voices();

    /** Writes the spoken text as a WAV file; fails with {@link RenderStepException} naming what went wrong. */
    SpeechClip synthesize(String text, Voice voice, Path wavFile);
}
