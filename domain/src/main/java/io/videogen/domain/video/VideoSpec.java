package io.videogen.domain.video;

import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.media.Music;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.media.Voice;
import io.videogen.domain.script.TopicBrief;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.translation.TranslationBrief;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that decides what a video looks and sounds like: the input of a render. A video made
 * from a topic carries its {@code topic}; its script is then a stand-in (one scene saying the topic)
 * until the render's script stage drafts the real scenes. A translation carries its {@code translation}
 * brief; its script is the source's until the script stage translates it.
 */
public record VideoSpec(Script script, VideoConfig config, Voice voice, TemplateId templateId, AvatarId avatarId,
                        AvatarConfig avatarConfig, ImageSyncConfig imageSync, boolean burnInCaptions,
                        CaptionStyle captionStyle, Music music, CallbackUrl callbackUrl, TopicBrief topic,
                        TranslationBrief translation) {

    /** A spec whose script the client wrote, or that a topic drafts. */
    public VideoSpec(Script script, VideoConfig config, Voice voice, TemplateId templateId, AvatarId avatarId,
                     AvatarConfig avatarConfig, ImageSyncConfig imageSync, boolean burnInCaptions,
                     CaptionStyle captionStyle, Music music, CallbackUrl callbackUrl, TopicBrief topic) {
        this(script, config, voice, templateId, avatarId, avatarConfig, imageSync, burnInCaptions, captionStyle,
                music, callbackUrl, topic, null);
    }

    /** A spec whose script the client wrote. */
    public VideoSpec(Script script, VideoConfig config, Voice voice, TemplateId templateId, AvatarId avatarId,
                     AvatarConfig avatarConfig, ImageSyncConfig imageSync, boolean burnInCaptions,
                     CaptionStyle captionStyle, Music music, CallbackUrl callbackUrl) {
        this(script, config, voice, templateId, avatarId, avatarConfig, imageSync, burnInCaptions, captionStyle,
                music, callbackUrl, null, null);
    }

    public VideoSpec {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(avatarConfig, "avatarConfig");
        Objects.requireNonNull(imageSync, "imageSync");
        Objects.requireNonNull(captionStyle, "captionStyle");
    }

    public Optional<TemplateId> template() {
        return Optional.ofNullable(templateId);
    }

    public Optional<AvatarId> avatar() {
        return Optional.ofNullable(avatarId);
    }

    public Optional<Music> backgroundMusic() {
        return Optional.ofNullable(music);
    }

    public Optional<CallbackUrl> callback() {
        return Optional.ofNullable(callbackUrl);
    }

    /** The topic the render's script stage drafts the scenes from; empty when the client wrote the script. */
    public Optional<TopicBrief> fromTopic() {
        return Optional.ofNullable(topic);
    }

    public VideoSpec withScript(Script newScript) {
        return new VideoSpec(newScript, config, voice, templateId, avatarId, avatarConfig, imageSync, burnInCaptions,
                captionStyle, music, callbackUrl, topic, translation);
    }

    /** The source video a translation's script stage translates this spec's script from; empty otherwise. */
    public Optional<TranslationBrief> translationOf() {
        return Optional.ofNullable(translation);
    }

    /**
     * A translation of this video: the same script (until the script stage translates it), visuals,
     * template and avatar, spoken by {@code newVoice}.
     */
    public VideoSpec translatedAs(Voice newVoice, TranslationBrief brief) {
        return new VideoSpec(script, config, newVoice, templateId, avatarId, avatarConfig, imageSync, burnInCaptions,
                captionStyle, music, callbackUrl, null, brief);
    }
}
