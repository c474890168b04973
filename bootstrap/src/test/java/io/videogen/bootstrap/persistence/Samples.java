package io.videogen.bootstrap.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.script.CaptionCue;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.UserId;
import io.videogen.domain.media.AspectRatio;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.video.FailureCode;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.media.Music;
import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Script;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.Video;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import io.videogen.domain.video.VideoTitle;
import io.videogen.domain.media.Visual;
import io.videogen.domain.media.Voice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Aggregates for persistence tests. Instants have microseconds at most, as PostgreSQL keeps them. */
final class Samples {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123456Z");
    static final RgbColor NAVY = new RgbColor(0x1e, 0x3c, 0x72);
    static final RgbColor SAND = new RgbColor(0xf4, 0xe4, 0xc1);

    private Samples() {
    }

    static <T> T await(Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(30));
    }

    static Caller creator(UserId id) {
        return new Caller(id, Set.of(Role.CREATOR));
    }

    static Caller admin() {
        return new Caller(UserId.random(), Set.of(Role.ADMIN));
    }

    static Video draft(UserId owner, Instant createdAt) {
        return Video.draft(VideoId.random(), owner, new VideoTitle("Harbour tour"), fullSpec(), createdAt);
    }

    /** A video that went some way and failed: stage runs with times, progress and a failure naming a scene. */
    static Video failed(UserId owner) {
        Video video = draft(owner, T0);
        video.queue(T0.plusSeconds(1));
        video.startStage(Stage.SCRIPT, T0.plusSeconds(2));
        video.reportProgress(Stage.SCRIPT, 12, T0.plusSeconds(3));
        video.finishStage(Stage.SCRIPT, T0.plusSeconds(4));
        video.startStage(Stage.VOICE, T0.plusSeconds(5));
        video.fail(new VideoFailure(Stage.VOICE, FailureCode.SPEECH_SYNTHESIS_FAILED, "the voice engine timed out",
                true, 2), T0.plusSeconds(6));
        return video;
    }

    /** Every optional part present, and one scene of each kind of visual. */
    static VideoSpec fullSpec() {
        List<Scene> scenes = List.of(
                new Scene(0, "Welcome to the harbour.", null, "Chapter one", new Visual.Color(NAVY), true,
                        List.of(new CaptionCue(0, List.of("Welcome to the harbour.")))),
                new Scene(1, "Boats come and go.", "Boats arrive. Boats leave.", null,
                        new Visual.Gradient(NAVY, SAND), false,
                        List.of(new CaptionCue(0, List.of("Boats arrive.")), new CaptionCue(1, List.of("Boats leave.")))),
                new Scene(2, "Here is the map of the bay and the lighthouse.", null, null,
                        new Visual.Image(AssetId.random(), Visual.Fit.CONTAIN), true,
                        List.of(new CaptionCue(0, List.of("Here is the map of the bay", "and the lighthouse.")))),
                new Scene(3, "The sun sets.", null, null, new Visual.Prompt("a calm sea at dusk, oil painting"), false,
                        List.of(new CaptionCue(0, List.of("The sun sets.")))));
        return new VideoSpec(new Script(scenes),
                new VideoConfig(new Resolution(720, 1280), AspectRatio.PORTRAIT, 24, Quality.HIGH),
                new Voice("en-GB-alan", "en-GB", 1.25), TemplateId.random(), AvatarId.random(),
                new AvatarConfig(AvatarConfig.Placement.TOP_LEFT, AvatarConfig.Shape.RECTANGLE, 0.4),
                new ImageSyncConfig(true, ImageSyncConfig.Transition.FADE,
                        Duration.ofMillis(750)),
                true, new CaptionStyle(40, SAND, NAVY, 0.3, CaptionStyle.Position.TOP),
                new Music(AssetId.random(), 0.2, true), CallbackUrl.parse("https://hooks.example.com/videogen?x=1"));
    }
}
