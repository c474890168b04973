package io.videogen.application.port.in;

import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.media.Music;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.media.Visual;
import io.videogen.domain.media.Voice;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.video.VideoTitle;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A video as a client describes it, before the service resolves its script, template and variables:
 * what it says ({@code script}, {@code variables}), how it looks ({@link Look}), who presents it
 * ({@link Presenter}) and how it sounds ({@link Sound}). Parts left null take the template's or the
 * service's defaults.
 */
public record VideoDraft(VideoTitle title, ScriptSource script, Map<String, String> variables, TemplateId templateId,
                         Look look, Presenter presenter, Sound sound, CallbackUrl callbackUrl) {

    public VideoDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(script, "script");
        variables = variables == null ? Map.of() : Map.copyOf(requireValues(variables));
        look = look == null ? Look.UNSET : look;
        presenter = presenter == null ? Presenter.NONE : presenter;
        sound = sound == null ? Sound.UNSET : sound;
    }

    /**
     * The picture: frame and quality, the background of scenes that name none, how pictures move and
     * hand over, and the captions (drawn in or not, their style).
     */
    public record Look(VideoConfig output, Visual background, Motion motion, CaptionChoice captions) {
        public static final Look UNSET = new Look(null, null, null, null);
    }

    /**
     * Ken Burns and the transition between scenes; a part left null is the template's (or the default).
     */
    public record Motion(Boolean kenBurns, ImageSyncConfig.Transition transition, Duration transitionLength) {

        public ImageSyncConfig over(ImageSyncConfig base) {
            return new ImageSyncConfig(kenBurns != null ? kenBurns : base.kenBurns(),
                    transition != null ? transition : base.transition(),
                    transitionLength != null ? transitionLength : base.transitionLength());
        }
    }

    /**
     * The avatar presenting the video (null for the default presenter) and where it stands; a part
     * left null is the template's (or the default).
     */
    public record Presenter(AvatarId avatarId, AvatarConfig.Placement placement, AvatarConfig.Shape shape,
                            Double scale) {
        public static final Presenter NONE = new Presenter(null, null, null, null);

        public AvatarConfig over(AvatarConfig base) {
            return new AvatarConfig(placement != null ? placement : base.placement(),
                    shape != null ? shape : base.shape(), scale != null ? scale : base.scale());
        }
    }

    /** The narrator's voice and the background music; null parts are the defaults (music: the template's). */
    public record Sound(Voice voice, Music music) {
        public static final Sound UNSET = new Sound(null, null);
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
