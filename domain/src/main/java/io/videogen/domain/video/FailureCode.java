package io.videogen.domain.video;

/** Why a render failed, as clients see it in the video's {@code error.code}. */
public enum FailureCode {
    SCRIPT_PARSING_FAILED(Stage.SCRIPT),
    /** No language model wrote a usable script from the video's topic; trying again may help. */
    SCRIPT_GENERATION_FAILED(Stage.SCRIPT),
    /** No chat provider translated the source video usably (glossary terms and variables kept); trying again may help. */
    TRANSLATION_FAILED(Stage.SCRIPT),
    SPEECH_SYNTHESIS_FAILED(Stage.VOICE),
    AVATAR_RENDER_FAILED(Stage.AVATAR),
    IMAGE_GENERATION_FAILED(Stage.VISUALS),
    VIDEO_ASSEMBLY_FAILED(Stage.COMPOSITION),
    STORAGE_FAILED(Stage.RENDER),
    INTERNAL_ERROR(Stage.RENDER);

    private final Stage usualStage;

    FailureCode(Stage usualStage) {
        this.usualStage = usualStage;
    }

    public Stage usualStage() {
        return usualStage;
    }
}
