package io.videogen.application.render;

import io.videogen.application.port.out.AvatarAnimator;
import io.videogen.application.port.out.ScriptWriter;
import io.videogen.application.port.out.SpeechAudio;
import io.videogen.application.port.out.SpeechSynthesizer;
import io.videogen.application.port.out.VideoComposer;
import io.videogen.application.port.out.VisualGenerator;
import io.videogen.application.provider.ClipChain;
import java.util.Objects;

/** The tools a render uses, one per stage, and the sound files speech is kept in. */
public record RenderEngine(ScriptWriter scriptWriter, SpeechSynthesizer speech, SpeechAudio audio,
                           AvatarAnimator animator, VisualGenerator visuals, VideoComposer composer,
                           ClipChain clips) {

    public RenderEngine {
        Objects.requireNonNull(scriptWriter, "scriptWriter");
        Objects.requireNonNull(speech, "speech");
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(animator, "animator");
        Objects.requireNonNull(visuals, "visuals");
        Objects.requireNonNull(composer, "composer");
        Objects.requireNonNull(clips, "clips");
    }

    /** Tools without video providers: a clip with a prompt shows its prompt's picture. */
    public RenderEngine(ScriptWriter scriptWriter, SpeechSynthesizer speech, SpeechAudio audio,
                        AvatarAnimator animator, VisualGenerator visuals, VideoComposer composer) {
        this(scriptWriter, speech, audio, animator, visuals, composer, ClipChain.NONE);
    }
}
