package io.videogen.application.render;

import io.videogen.application.port.in.QuotaExceededException;
import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.application.provider.TranslationFailedException;
import io.videogen.domain.shared.DomainException;
import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoFailure;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Says what a failure in a stage means for the video: its code, message, scene and whether a retry may help. */
public final class FailureClassifier {

    private FailureClassifier() {
    }

    public static VideoFailure describe(Stage stage, Throwable failure) {
        Throwable cause = failure instanceof UncheckedIOException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof SceneFailure scene) {
            return new VideoFailure(stage, codeFor(scene.stageOr(stage), scene.getCause()), scene.getMessage(),
                    scene.retryable(), scene.sceneIndex());
        }
        if (cause instanceof RenderStepException step) {
            return new VideoFailure(stage, codeFor(stage, step), step.getMessage(), step.retryable(), null);
        }
        if (cause instanceof DomainException domain) {
            return new VideoFailure(stage, codeFor(stage, domain), domain.getMessage(), false, null);
        }
        if (cause instanceof IOException) {
            return new VideoFailure(stage, stage == Stage.RENDER ? FailureCode.STORAGE_FAILED : codeFor(stage, cause),
                    "could not read or write a working file: " + cause.getMessage(), true, null);
        }
        return new VideoFailure(stage, codeFor(stage, cause), "unexpected error in stage " + stage.label(), true, null);
    }

    private static FailureCode codeFor(Stage stage, Throwable cause) {
        return switch (stage) {
            case SCRIPT -> cause instanceof TranslationFailedException ? FailureCode.TRANSLATION_FAILED
                    : cause instanceof ProviderUnavailableException || cause instanceof UnusableAnswerException
                    || cause instanceof QuotaExceededException
                    ? FailureCode.SCRIPT_GENERATION_FAILED : FailureCode.SCRIPT_PARSING_FAILED;
            case VOICE -> FailureCode.SPEECH_SYNTHESIS_FAILED;
            case AVATAR -> FailureCode.AVATAR_RENDER_FAILED;
            case VISUALS -> FailureCode.IMAGE_GENERATION_FAILED;
            case COMPOSITION -> FailureCode.VIDEO_ASSEMBLY_FAILED;
            case RENDER -> cause instanceof IOException ? FailureCode.STORAGE_FAILED
                    : FailureCode.VIDEO_ASSEMBLY_FAILED;
        };
    }
}
