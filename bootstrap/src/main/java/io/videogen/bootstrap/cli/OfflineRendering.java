package io.videogen.bootstrap.cli;

import io.videogen.application.port.in.RenderSpecUseCase;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.render.OfflineRenderService;
import io.videogen.application.render.RenderEngine;
import io.videogen.application.service.VideoRules;
import io.videogen.infrastructure.avatar.ProceduralAvatarAnimator;
import io.videogen.infrastructure.fonts.BundledFonts;
import io.videogen.infrastructure.media.FfmpegVideoComposer;
import io.videogen.infrastructure.script.UserTextScriptWriter;
import io.videogen.infrastructure.speech.FreeTtsSpeechSynthesizer;
import io.videogen.infrastructure.visuals.Java2dVisualGenerator;

/**
 * The offline render use case built from the offline adapters by hand: no CDI container, no
 * configuration, no database, so a command-line render starts in a fraction of a second.
 */
public final class OfflineRendering {

    private OfflineRendering() {
    }

    public static RenderEngine engine() {
        FfmpegVideoComposer composer = new FfmpegVideoComposer();
        // While the voice stage speaks (one core), load FFmpeg and the fonts on the other.
        Thread warmUp = new Thread(() -> {
            composer.warmUp();
            BundledFonts.bold(12f).getFamily();
            BundledFonts.regular(12f).getFamily();
        }, "videogen-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        return new RenderEngine(new UserTextScriptWriter(), new FreeTtsSpeechSynthesizer(),
                new ProceduralAvatarAnimator(), new Java2dVisualGenerator(), composer);
    }

    public static RenderSpecUseCase useCase(MediaStore assets, RenderObserver observer) {
        return new OfflineRenderService(engine(), VideoRules.defaults(), assets, observer);
    }
}
