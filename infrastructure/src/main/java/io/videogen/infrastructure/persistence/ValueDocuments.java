package io.videogen.infrastructure.persistence;

import io.videogen.domain.asset.AssetId;
import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.media.AspectRatio;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.media.Music;
import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.media.Voice;
import java.time.Duration;
import java.util.UUID;

/**
 * The small value objects shared by videos, templates and avatars, as stored. Each record mirrors
 * one value object field by field; enums are stored by name, colours as #rrggbb, durations in ms.
 */
final class ValueDocuments {

    private ValueDocuments() {
    }

    record OutputDocument(int width, int height, String aspectRatio, int fps, String quality) {
        static OutputDocument of(VideoConfig c) {
            return new OutputDocument(c.resolution().width(), c.resolution().height(), c.aspectRatio().name(), c.fps(),
                    c.quality().name());
        }

        VideoConfig toConfig() {
            return new VideoConfig(new Resolution(width, height), AspectRatio.valueOf(aspectRatio), fps,
                    Quality.valueOf(quality));
        }
    }

    /** Pitch is absent from documents written before it existed: the voice's own (0). */
    record VoiceDocument(String voiceId, String language, double speed, Double pitch) {
        static VoiceDocument of(Voice v) {
            return new VoiceDocument(v.voiceId(), v.language(), v.speed(), v.pitch());
        }

        Voice toVoice() {
            return new Voice(voiceId, language, speed, pitch == null ? 0 : pitch);
        }
    }

    record PlacementDocument(String placement, String shape, double scale) {
        static PlacementDocument of(AvatarConfig c) {
            return new PlacementDocument(c.placement().name(), c.shape().name(), c.scale());
        }

        AvatarConfig toConfig() {
            return new AvatarConfig(AvatarConfig.Placement.valueOf(placement), AvatarConfig.Shape.valueOf(shape), scale);
        }
    }

    /**
     * Documents written before 2026-12 also hold a {@code granularity} (never used by the renderer,
     * ignored on reading) and may say {@code SLIDE}, which always rendered as a fade and reads as one.
     */
    record ImageSyncDocument(boolean kenBurns, String transition, long transitionMs) {
        static ImageSyncDocument of(ImageSyncConfig c) {
            return new ImageSyncDocument(c.kenBurns(), c.transition().name(), c.transitionLength().toMillis());
        }

        ImageSyncConfig toConfig() {
            ImageSyncConfig.Transition type = "SLIDE".equals(transition) ? ImageSyncConfig.Transition.FADE
                    : ImageSyncConfig.Transition.valueOf(transition);
            return new ImageSyncConfig(kenBurns, type, Duration.ofMillis(transitionMs));
        }
    }

    /** {@code style} and {@code highlightColor} are absent from documents written before they existed. */
    record CaptionStyleDocument(int fontSize, String textColor, String boxColor, double boxOpacity, String position,
                                String style, String highlightColor) {
        static CaptionStyleDocument of(CaptionStyle s) {
            return new CaptionStyleDocument(s.fontSize(), s.textColor().hex(), s.boxColor().hex(), s.boxOpacity(),
                    s.position().name(), s.look().name(), s.highlightColor().hex());
        }

        CaptionStyle toStyle() {
            return new CaptionStyle(fontSize, RgbColor.parse(textColor, "captionStyle.textColor"),
                    RgbColor.parse(boxColor, "captionStyle.boxColor"), boxOpacity, CaptionStyle.Position.valueOf(position),
                    style == null ? CaptionStyle.Look.CLASSIC : CaptionStyle.Look.valueOf(style),
                    highlightColor == null ? CaptionStyle.DEFAULT_HIGHLIGHT
                            : RgbColor.parse(highlightColor, "captionStyle.highlightColor"));
        }
    }

    record MusicDocument(UUID assetId, double volume, boolean ducking) {
        static MusicDocument of(Music m) {
            return m == null ? null : new MusicDocument(m.assetId().value(), m.volume(), m.ducking());
        }

        Music toMusic() {
            return new Music(new AssetId(assetId), volume, ducking);
        }
    }

    static Music music(MusicDocument document) {
        return document == null ? null : document.toMusic();
    }
}
