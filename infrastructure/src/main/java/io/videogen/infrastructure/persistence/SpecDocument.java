package io.videogen.infrastructure.persistence;

import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.script.CaptionCue;
import io.videogen.domain.script.TopicBrief;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.translation.TranslationBrief;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Script;
import io.videogen.domain.video.VideoSpec;
import io.videogen.infrastructure.persistence.ValueDocuments.CaptionStyleDocument;
import io.videogen.infrastructure.persistence.ValueDocuments.ImageSyncDocument;
import io.videogen.infrastructure.persistence.ValueDocuments.MusicDocument;
import io.videogen.infrastructure.persistence.ValueDocuments.OutputDocument;
import io.videogen.infrastructure.persistence.ValueDocuments.PlacementDocument;
import io.videogen.infrastructure.persistence.ValueDocuments.VoiceDocument;
import java.util.List;
import java.util.UUID;

/** A {@link VideoSpec} as stored in {@code videos.spec}: the whole input of a render, scenes included. */
record SpecDocument(List<SceneDocument> scenes, OutputDocument output, VoiceDocument voice, UUID templateId,
                    UUID avatarId, PlacementDocument avatar, ImageSyncDocument imageSync, boolean burnInCaptions,
                    CaptionStyleDocument captionStyle, MusicDocument music, String callbackUrl, TopicDocument topic,
                    TranslationDocument translation) {

    /** A translation's brief; absent from specs stored before translations existed. */
    record TranslationDocument(UUID sourceVideoId, String language, List<String> glossary) {

        static TranslationDocument of(TranslationBrief brief) {
            return brief == null ? null : new TranslationDocument(brief.sourceVideoId(), brief.language(),
                    brief.glossary());
        }

        TranslationBrief toBrief() {
            return new TranslationBrief(sourceVideoId, language, glossary);
        }
    }

    /** A topic video's brief; absent from specs stored before topics existed. */
    record TopicDocument(String topic, String language, int durationSeconds, int sceneCount, String tone,
                         String audience) {

        static TopicDocument of(TopicBrief brief) {
            return brief == null ? null : new TopicDocument(brief.topic(), brief.language(), brief.durationSeconds(),
                    brief.sceneCount(), brief.tone(), brief.audience());
        }

        TopicBrief toBrief() {
            return new TopicBrief(topic, language, durationSeconds, sceneCount, tone, audience);
        }
    }

    record SceneDocument(int index, String text, String caption, String title, VisualDocument visual, boolean avatar,
                         List<List<String>> cues) {

        static SceneDocument of(Scene scene) {
            return new SceneDocument(scene.index(), scene.text(), scene.caption(), scene.title(),
                    VisualDocument.of(scene.visual()), scene.avatar(),
                    scene.cues().stream().map(CaptionCue::lines).toList());
        }

        Scene toScene() {
            // a cue's index is its position in the scene, so the list order is all that is stored
            List<CaptionCue> restored = java.util.stream.IntStream.range(0, cues.size())
                    .mapToObj(i -> new CaptionCue(i, cues.get(i))).toList();
            return new Scene(index, text, caption, title, visual.toVisual(), avatar, restored);
        }
    }

    static SpecDocument of(VideoSpec spec) {
        return new SpecDocument(spec.script().scenes().stream().map(SceneDocument::of).toList(),
                OutputDocument.of(spec.config()), VoiceDocument.of(spec.voice()),
                spec.template().map(TemplateId::value).orElse(null), spec.avatar().map(AvatarId::value).orElse(null),
                PlacementDocument.of(spec.avatarConfig()), ImageSyncDocument.of(spec.imageSync()), spec.burnInCaptions(),
                CaptionStyleDocument.of(spec.captionStyle()), MusicDocument.of(spec.music()),
                spec.callback().map(CallbackUrl::toString).orElse(null), TopicDocument.of(spec.topic()),
                TranslationDocument.of(spec.translation()));
    }

    VideoSpec toSpec() {
        return new VideoSpec(new Script(scenes.stream().map(SceneDocument::toScene).toList()), output.toConfig(),
                voice.toVoice(), templateId == null ? null : new TemplateId(templateId),
                avatarId == null ? null : new AvatarId(avatarId), avatar.toConfig(), imageSync.toConfig(),
                burnInCaptions, captionStyle.toStyle(), ValueDocuments.music(music),
                callbackUrl == null ? null : CallbackUrl.parse(callbackUrl), topic == null ? null : topic.toBrief(),
                translation == null ? null : translation.toBrief());
    }
}
