package io.videogen.domain.video;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VideoFailureTest {

    @Test
    void messageNamesTheScene() {
        VideoFailure failure = new VideoFailure(Stage.VISUALS, FailureCode.IMAGE_GENERATION_FAILED,
                "the image service refused the prompt", false, 3);

        assertThat(failure.message()).isEqualTo("scene 3: the image service refused the prompt");
        assertThat(failure.scene()).hasValue(3);
    }

    @Test
    void aMessageThatAlreadyNamesTheSceneIsKept() {
        VideoFailure failure = new VideoFailure(Stage.VOICE, FailureCode.SPEECH_SYNTHESIS_FAILED,
                "could not voice scene 2: text too long", true, 2);

        assertThat(failure.message()).isEqualTo("could not voice scene 2: text too long");
        assertThat(new VideoFailure(Stage.VOICE, FailureCode.SPEECH_SYNTHESIS_FAILED, "text too long in scene 2",
                true, 2).message()).isEqualTo("text too long in scene 2");
    }

    @Test
    void aMessageNamingAnotherSceneWithTheSameLeadingDigitStillGetsTheScene() {
        VideoFailure failure = new VideoFailure(Stage.VISUALS, FailureCode.IMAGE_GENERATION_FAILED,
                "asset of scene 12 is missing", false, 1);

        assertThat(failure.message()).isEqualTo("scene 1: asset of scene 12 is missing");
    }

    @Test
    void aFailureOfTheWholeVideoNamesNoScene() {
        VideoFailure failure = new VideoFailure(Stage.RENDER, FailureCode.STORAGE_FAILED, "disk full", true, null);

        assertThat(failure.message()).isEqualTo("disk full");
        assertThat(failure.scene()).isEmpty();
        assertThat(failure.retryable()).isTrue();
    }

    @Test
    void eachFailureCodeBelongsToTheStageThatUsuallyRaisesIt() {
        assertThat(FailureCode.SCRIPT_PARSING_FAILED.usualStage()).isEqualTo(Stage.SCRIPT);
        assertThat(FailureCode.SPEECH_SYNTHESIS_FAILED.usualStage()).isEqualTo(Stage.VOICE);
        assertThat(FailureCode.AVATAR_RENDER_FAILED.usualStage()).isEqualTo(Stage.AVATAR);
        assertThat(FailureCode.IMAGE_GENERATION_FAILED.usualStage()).isEqualTo(Stage.VISUALS);
        assertThat(FailureCode.VIDEO_ASSEMBLY_FAILED.usualStage()).isEqualTo(Stage.COMPOSITION);
        assertThat(FailureCode.STORAGE_FAILED.usualStage()).isEqualTo(Stage.RENDER);
    }

    @Test
    void renderIsTheLastStage() {
        assertThat(Stage.RENDER.isLast()).isTrue();
        assertThat(Stage.SCRIPT.isLast()).isFalse();
        assertThat(Stage.COMPOSITION.label()).isEqualTo("composition");
    }
}
