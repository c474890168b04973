package io.videogen.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.domain.asset.AssetId;
import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.script.CaptionCue;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.template.Template;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.media.AspectRatio;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.media.Music;
import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Script;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.video.VideoSpec;
import io.videogen.domain.media.Visual;
import io.videogen.domain.media.Voice;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The jsonb documents, without a database: what is written reads back as the same value objects. */
class StoredDocumentsTest {

    private static final RgbColor NAVY = new RgbColor(0x1e, 0x3c, 0x72);
    private static final RgbColor SAND = new RgbColor(0xf4, 0xe4, 0xc1);

    @Test
    void aSpecWithEveryKindOfVisualReadsBackEqual() {
        VideoSpec spec = fullSpec();

        SpecDocument stored = JsonDocuments.read(JsonDocuments.write(SpecDocument.of(spec)), SpecDocument.class);

        assertThat(stored.toSpec()).isEqualTo(spec);
    }

    @Test
    void aMinimalSpecKeepsItsAbsentPartsAbsent() {
        VideoSpec spec = new VideoSpec(new Script(List.of(scene(0, Visual.DEFAULT))), VideoConfig.defaults(),
                Voice.defaults(), null, null, AvatarConfig.defaults(), ImageSyncConfig.defaults(), false,
                CaptionStyle.defaults(), null, null);

        VideoSpec restored = JsonDocuments.read(JsonDocuments.write(SpecDocument.of(spec)), SpecDocument.class).toSpec();

        assertThat(restored).isEqualTo(spec);
        assertThat(restored.template()).isEmpty();
        assertThat(restored.backgroundMusic()).isEmpty();
        assertThat(restored.callback()).isEmpty();
    }

    @Test
    void visualsAreStoredWithATypeDiscriminator() {
        assertThat(JsonDocuments.write(VisualDocument.of(new Visual.Prompt("a quiet harbour"))).getString("type"))
                .isEqualTo("prompt");
        assertThat(JsonDocuments.write(VisualDocument.of(new Visual.Color(NAVY))).encode())
                .isEqualTo("{\"type\":\"color\",\"color\":\"#1e3c72\"}");
    }

    @Test
    void bothAvatarLooksReadBackEqual() {
        AvatarLook procedural = AvatarLook.Procedural.defaults();
        AvatarLook portrait = new AvatarLook.Portrait(AssetId.random());

        assertThat(JsonDocuments.read(JsonDocuments.write(LookDocument.of(procedural)), LookDocument.class).toLook())
                .isEqualTo(procedural);
        assertThat(JsonDocuments.read(JsonDocuments.write(LookDocument.of(portrait)), LookDocument.class).toLook())
                .isEqualTo(portrait);
    }

    @Test
    void aTemplateDesignReadsBackEqual() {
        Template.Design design = new Template.Design("Brand", VideoConfig.defaults(),
                new Visual.Gradient(NAVY, SAND), SAND, NAVY, "DejaVu Sans Bold", CaptionStyle.defaults(),
                AvatarConfig.defaults(), ImageSyncConfig.defaults(), "Welcome", "Thanks for watching",
                new Music(AssetId.random(), 0.3, false), Set.of("customer.name", "product"));

        Template.Design restored = JsonDocuments.read(JsonDocuments.write(DesignDocument.of(design)),
                DesignDocument.class).toDesign();

        assertThat(restored).isEqualTo(design);
    }

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

    private static Scene scene(int index, Visual visual) {
        return new Scene(index, "Hello.", null, null, visual, false, List.of(new CaptionCue(0, List.of("Hello."))));
    }
}
