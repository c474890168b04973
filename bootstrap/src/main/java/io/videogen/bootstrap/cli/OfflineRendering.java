package io.videogen.bootstrap.cli;

import io.videogen.application.port.in.RenderSpecUseCase;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.render.OfflineRenderService;
import io.videogen.application.render.RenderEngine;
import io.videogen.application.render.RenderParallelism;
import io.videogen.application.render.RenderPipeline;
import io.videogen.application.service.VideoRules;
import io.videogen.application.service.VoiceCatalog;
import io.videogen.infrastructure.avatar.ProceduralAvatarAnimator;
import io.videogen.infrastructure.fonts.BundledFonts;
import io.videogen.infrastructure.media.FfmpegVideoComposer;
import io.videogen.infrastructure.media.MediaValidator;
import io.videogen.infrastructure.media.UploadInspector;
import io.videogen.infrastructure.script.UserTextScriptWriter;
import io.videogen.infrastructure.speech.OfflineSpeech;
import io.videogen.infrastructure.speech.WavSpeechAudio;
import io.videogen.infrastructure.visuals.Java2dVisualGenerator;
import io.videogen.presentation.cli.RenderArguments;
import io.videogen.presentation.cli.RenderCommand;
import io.videogen.presentation.rest.video.VideoDrafts;
import java.io.PrintStream;
import java.util.List;

/**
 * The offline render command built from the offline adapters by hand: no CDI container, no
 * configuration, no database, so a command-line render starts in a fraction of a second.
 */
public final class OfflineRendering {

    private final RenderParallelism parallelism = RenderParallelism.forThisMachine();
    private final OfflineSpeech speech = new OfflineSpeech();
    private final FfmpegVideoComposer composer = new FfmpegVideoComposer(parallelism);

    /**
     * Starts loading FFmpeg and the fonts on another thread while the spec is read and checked; the
     * voice the spec names starts on a third: at once when the spec has lines to say ({@link #run}), else
     * once the spec is read ({@link VoiceWarmUp}), so neither waits for the other.
     */
    public OfflineRendering warmUp() {
        Thread warmUp = new Thread(() -> {
            composer.warmUp();
            BundledFonts.bold(12f).getFamily();
            BundledFonts.regular(12f).getFamily();
        }, "videogen-warm-up-media");
        warmUp.setDaemon(true);
        warmUp.start();
        return this;
    }

    public RenderEngine engine() {
        return new RenderEngine(new UserTextScriptWriter(), speech, new WavSpeechAudio(),
                new ProceduralAvatarAnimator(), new Java2dVisualGenerator(), composer);
    }

    /** The render pipeline, its stages run on the calling thread. */
    public RenderPipeline pipeline() {
        return new RenderPipeline(engine(), parallelism, VideoRules.defaults().scriptConfig());
    }

    public RenderSpecUseCase useCase(RenderObserver observer) {
        return new OfflineRenderService(pipeline(), VideoRules.defaults(), new UploadInspector(new MediaValidator()),
                observer);
    }

    /**
     * Runs {@code videogen render} with these arguments: when the spec has a scene text the workspace
     * has not said ({@link NarrationForecast}), the voice's engine starts at once, beside the spec's
     * reading and checks, instead of when the voice stage first asks for it; a render that finished is
     * remembered in its workspace.
     */
    public int run(List<String> args, PrintStream out, PrintStream err, boolean terminal) {
        NarrationForecast forecast = forecast(args);
        if (forecast != null && forecast.newLinesLikely()) {
            VoiceWarmUp.start(speech, forecast.voiceId());
        }
        int status = command(out, err, terminal).run(args);
        if (status == RenderCommand.OK && forecast != null) {
            forecast.remember();
        }
        return status;
    }

    private static NarrationForecast forecast(List<String> args) {
        try {
            RenderArguments arguments = RenderArguments.parse(args);
            return arguments.help() ? null : NarrationForecast.of(arguments.spec(), arguments.workspace());
        } catch (RenderArguments.UsageException e) {
            return null; // the command says what is wrong
        }
    }

    public RenderCommand command(PrintStream out, PrintStream err, boolean terminal) {
        return new RenderCommand(new VoiceWarmUp(useCase(RenderObserver.NONE), speech),
                new VideoDrafts(new VoiceCatalog(List.of(speech))), out, err, terminal);
    }
}
