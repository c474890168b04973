package io.videogen.bootstrap.cli;

import io.videogen.application.port.in.RenderSpecUseCase;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.render.OfflineRenderService;
import io.videogen.domain.media.Voice;
import io.videogen.infrastructure.speech.OfflineSpeech;

/**
 * Starts the engine of the voice a spec names, on its own thread, as soon as the spec is read: a
 * first render in a workspace says every line, so the engine (MaryTTS for the default voice, about
 * three seconds cold) starts beside the spec's checks, the script and FFmpeg's warm-up. A workspace
 * that already holds narration is a render again, whose lines are mostly kept: its engine starts
 * only if a line is missing (when the voice stage first asks for it), and not at all when every line
 * is reused.
 */
final class VoiceWarmUp implements RenderSpecUseCase {

    private final RenderSpecUseCase renders;
    private final OfflineSpeech speech;

    VoiceWarmUp(RenderSpecUseCase renders, OfflineSpeech speech) {
        this.renders = renders;
        this.speech = speech;
    }

    @Override
    public RenderedVideo render(RenderSpecCommand command) {
        if (!OfflineRenderService.holdsNarration(command.workspace())) {
            start(speech, voiceId(command.draft()));
        }
        return renders.render(command);
    }

    /** Starts the engine of this voice on a thread of its own (once per process, however often asked). */
    static void start(OfflineSpeech speech, String voiceId) {
        Thread warmUp = new Thread(() -> speech.warmUp(voiceId), "videogen-warm-up-voice");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    static String voiceId(VideoDraft draft) {
        Voice voice = draft.sound().voice();
        return voice == null ? Voice.DEFAULT_ID : voice.voiceId();
    }
}
