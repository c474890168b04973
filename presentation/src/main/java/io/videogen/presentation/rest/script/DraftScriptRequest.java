package io.videogen.presentation.rest.script;

import io.videogen.domain.script.TopicBrief;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/scripts}: what to write about. */
public record DraftScriptRequest(
        @NotBlank(message = "say what the video is about") @Size(max = 2000, message = "topic has at most 2000 characters")
        String topic,
        @Size(max = 12, message = "language is a tag such as en or pt-BR") String language,
        @Min(value = 10, message = "durationSeconds is from 10 to 600") @Max(value = 600,
                message = "durationSeconds is from 10 to 600") Integer durationSeconds,
        @Min(value = 1, message = "sceneCount is from 1 to 30") @Max(value = 30, message = "sceneCount is from 1 to 30")
        Integer sceneCount,
        @Size(max = 200, message = "tone has at most 200 characters") String tone,
        @Size(max = 200, message = "audience has at most 200 characters") String audience) {

    /** The brief the use case takes, with the contract's defaults for what was left out. */
    public TopicBrief toBrief() {
        return new TopicBrief(topic, language, durationSeconds == null ? 60 : durationSeconds,
                sceneCount == null ? 0 : sceneCount, tone, audience);
    }
}
