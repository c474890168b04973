package io.videogen.presentation.rest.video;

import io.videogen.domain.media.Music;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Video;
import io.videogen.domain.script.TopicBrief;
import io.videogen.domain.video.VideoSpec;
import io.videogen.presentation.rest.video.CreateVideoRequest.CaptionsRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.MusicRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.OutputRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.SceneRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.VoiceRequest;

/**
 * A video's spec told as the request that renders it as it is now: scenes as they were resolved
 * (variables filled in, template titles and default backgrounds applied), so a client can change
 * one scene and PATCH the whole back, and the scenes it left alone are reused from cache.
 */
final class VideoSpecs {

    private VideoSpecs() {
    }

    static CreateVideoRequest of(Video video) {
        VideoSpec spec = video.spec();
        return new CreateVideoRequest(video.title().value(),
                spec.template().map(id -> id.value()).orElse(null),
                spec.avatar().map(id -> id.value()).orElse(null),
                new VoiceRequest(spec.voice().voiceId(), spec.voice().speed(), spec.voice().pitch()),
                null,
                spec.fromTopic().isPresent() ? null : spec.script().scenes().stream().map(VideoSpecs::scene).toList(),
                null,
                spec.fromTopic().map(TopicBrief::topic).orElse(null),
                spec.fromTopic().map(TopicBrief::language).orElse(null),
                spec.fromTopic().map(TopicBrief::durationSeconds).orElse(null),
                spec.fromTopic().map(TopicBrief::sceneCount).filter(count -> count > 0).orElse(null),
                output(spec.config()),
                VideoDrafts.transitionBody(spec.imageSync()),
                VideoDrafts.placementBody(spec.avatarConfig()),
                new CaptionsRequest(spec.burnInCaptions(), spec.captionStyle().look().label(),
                        spec.captionStyle().highlightColor().hex(), spec.captionStyle().position().label()),
                spec.backgroundMusic().map(VideoSpecs::music).orElse(null),
                null,
                spec.callback().map(Object::toString).orElse(null));
    }

    private static SceneRequest scene(Scene scene) {
        return new SceneRequest(scene.text(), scene.caption(), scene.title(), VideoDrafts.request(scene.visual()), scene.avatar());
    }

    private static OutputRequest output(VideoConfig config) {
        return new OutputRequest(config.aspectRatio().label(), config.resolution().toString(), config.fps(),
                config.quality().label());
    }

    private static MusicRequest music(Music music) {
        return new MusicRequest(music.assetId().toString(), music.volume(), music.ducking());
    }
}
