package io.videogen.application.service;

import io.videogen.domain.script.ScriptConfig;
import io.videogen.domain.video.VideoLimits;
import java.util.Objects;

/** The operator's settings that shape every video: size limits and how scripts become captions. */
public record VideoRules(VideoLimits limits, ScriptConfig scriptConfig) {

    public VideoRules {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(scriptConfig, "scriptConfig");
    }

    public static VideoRules defaults() {
        return new VideoRules(VideoLimits.defaults(), ScriptConfig.defaults());
    }
}
