package io.videogen.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.asset.AssetKind;
import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.media.ImageSyncConfig.Transition;
import io.videogen.domain.media.Music;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.media.Visual;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.template.Template.Design;
import io.videogen.domain.video.Script.SceneDraft;
import io.videogen.domain.video.VideoSpec;
import io.videogen.domain.video.VideoTitle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DraftSpecsTest {

    private static final RgbColor WHITE = new RgbColor(255, 255, 255);
    private final DraftSpecs specs = new DraftSpecs(VideoRules.defaults());

    private static Design design(ImageSyncConfig transitions, AvatarConfig placement) {
        return new Design("Brand", VideoConfig.defaults(), Visual.DEFAULT, WHITE, WHITE, null, CaptionStyle.defaults(),
                placement, transitions, null, null, null, Set.of());
    }

    private static VideoDraft draft(VideoDraft.Look look, VideoDraft.Presenter presenter) {
        return new VideoDraft(new VideoTitle("Tour"), new ScriptSource.PlainText("One.\n\nTwo."), Map.of(), null,
                look, presenter, null, null);
    }

    @Test
    void theVideosOwnMotionAndPlacementOverrideOnlyThePartsItGives() {
        Design brand = design(new ImageSyncConfig(false, Transition.FADE, Duration.ofMillis(800)),
                new AvatarConfig(AvatarConfig.Placement.TOP_LEFT, AvatarConfig.Shape.RECTANGLE, 0.5));
        VideoDraft draft = draft(new VideoDraft.Look(null, null, new VideoDraft.Motion(true, null, null), null),
                new VideoDraft.Presenter(null, null, AvatarConfig.Shape.CIRCLE, null));

        VideoSpec spec = specs.resolve(draft, Optional.of(brand)).spec();

        assertThat(spec.imageSync()).isEqualTo(new ImageSyncConfig(true, Transition.FADE, Duration.ofMillis(800)));
        assertThat(spec.avatarConfig()).isEqualTo(
                new AvatarConfig(AvatarConfig.Placement.TOP_LEFT, AvatarConfig.Shape.CIRCLE, 0.5));
    }

    @Test
    void withoutTemplateAVideoGetsTheDefaultsAndItsBackgroundFillsScenesThatNameNone() {
        Visual.Color navy = new Visual.Color(new RgbColor(0, 0, 80));
        VideoDraft draft = new VideoDraft(new VideoTitle("Tour"), new ScriptSource.Scenes(List.of(
                new SceneDraft("Own picture.", null, null, new Visual.Color(WHITE), false),
                new SceneDraft("Background.", null, null, null, false))), Map.of(), null,
                new VideoDraft.Look(null, navy, new VideoDraft.Motion(null, Transition.NONE, null), null), null, null,
                null);

        VideoSpec spec = specs.withoutTemplate(draft).spec();

        assertThat(spec.imageSync()).isEqualTo(new ImageSyncConfig(false, Transition.NONE, Duration.ZERO));
        assertThat(spec.avatarConfig()).isEqualTo(AvatarConfig.defaults());
        assertThat(spec.script().scenes()).extracting(scene -> scene.visual())
                .containsExactly(new Visual.Color(WHITE), navy);
    }

    @Test
    void aTransitionLongerThanTwoSecondsIsRefusedNamingTheField() {
        VideoDraft draft = draft(new VideoDraft.Look(null, null,
                new VideoDraft.Motion(null, null, Duration.ofMillis(2500)), null), null);

        assertThatThrownBy(() -> specs.withoutTemplate(draft))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("transition.durationMs"));
    }

    @Test
    void everyAssetIsListedOnceWithTheFieldThatNamedItAndItsKind() {
        AssetId picture = AssetId.random();
        AssetId music = AssetId.random();
        AssetId portrait = AssetId.random();
        VideoDraft draft = new VideoDraft(new VideoTitle("Tour"), new ScriptSource.PlainText("One.\n\nTwo."), Map.of(),
                null, new VideoDraft.Look(null, new Visual.Image(picture, Visual.Fit.COVER), null, null), null,
                new VideoDraft.Sound(null, new Music(music, 0.2, true)), null);
        VideoSpec spec = specs.withoutTemplate(draft).spec();

        assertThat(SpecAssets.of(spec, draft)).containsExactly(
                new SpecAssets.Use(picture, "visual.assetId", "image", "scene 0 shows asset "),
                new SpecAssets.Use(music, "music.assetId", "audio", "the music is asset "));
        assertThat(SpecAssets.of(spec, new AvatarLook.Portrait(portrait))).extracting(SpecAssets.Use::field)
                .containsExactly("scenes[0].visual.assetId", "music.assetId", "avatarId");
        assertThatThrownBy(() -> SpecAssets.of(spec, draft).get(1).requireKind(AssetKind.PNG, "asset " + music))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("music.assetId");
                    assertThat(e.getMessage()).contains("is image/png; music needs audio (wav or mp3)");
                });
    }
}
