package io.videogen.application.port.in;

import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.media.Music;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.video.VideoTitle;
import io.videogen.domain.media.Visual;
import io.videogen.domain.media.Voice;
import io.videogen.domain.shared.InvalidValueException;
import java.util.Map;
import java.util.Objects;

/**
 * A video as a client describes it, before the service resolves its script, template and variables.
 * Parts left null take the template's or the service's defaults.
 */
public record VideoDraft(VideoTitle title, ScriptSource script, TemplateId templateId, AvatarId avatarId,
                         Voice voice, VideoConfig output, Visual visual, AvatarConfig avatarConfig,
                         ImageSyncConfig imageSync, CaptionChoice captions, Music music,
                         Map<String, String> variables, CallbackUrl callbackUrl) {

    public VideoDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(script, "script");
        variables = variables == null ? Map.of() : Map.copyOf(requireValues(variables));
    }

    private static Map<String, String> requireValues(Map<String, String> variables) {
        variables.forEach((name, value) -> {
            if (value == null) {
                throw new InvalidValueException("variables." + name,
                        "variable '" + name + "' has no value: give it a string (\"\" for nothing) or leave it out");
            }
        });
        return variables;
    }
}
