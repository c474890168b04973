package io.videogen.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.asset.AssetId;
import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.user.UserId;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.media.Music;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.media.Visual;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateTest {

    private static final Instant NOW = Instant.parse("2025-02-01T12:00:00Z");
    private static final RgbColor WHITE = new RgbColor(255, 255, 255);
    private static final RgbColor ORANGE = RgbColor.parse("#ff8800", "accentColor");

    private static Template.Design design(String name, String font, String intro, String outro, Music music,
                                          Set<String> variables) {
        return new Template.Design(name, VideoConfig.defaults(), Visual.DEFAULT, WHITE, ORANGE, font,
                CaptionStyle.defaults(), AvatarConfig.defaults(), ImageSyncConfig.defaults(), intro, outro, music,
                variables);
    }

    private static Template.Design named(String name) {
        return design(name, null, null, null, null, null);
    }

    private static Template.Design withVariables(String... variables) {
        return design("Newsletter", null, null, null, null, Set.of(variables));
    }

    @Test
    void theNameIsTrimmed() {
        assertThat(named("  Product tour  ").name()).isEqualTo("Product tour");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aTemplateNeedsAName(String name) {
        assertThatThrownBy(() -> named(name))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("name must not be blank")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("name");
    }

    @Test
    void theNameIsAtMost100Characters() {
        assertThat(named("n".repeat(100)).name()).hasSize(100);
        assertThatThrownBy(() -> named("n".repeat(101)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("name has 101 characters; shorten it to at most 100");
    }

    @Test
    void theFontDefaultsToDejaVuSans() {
        assertThat(named("Plain").font()).isEqualTo("DejaVu Sans");
        assertThat(design("Plain", "  ", null, null, null, null).font()).isEqualTo("DejaVu Sans");
        assertThat(design("Plain", " Inter ", null, null, null, null).font()).isEqualTo("Inter");
    }

    @Test
    void blankIntroAndOutroTitlesMeanNone() {
        Template.Design design = design("Plain", null, "  ", "", null, null);

        assertThat(design.introTitle()).isNull();
        assertThat(design.outroTitle()).isNull();
    }

    @Test
    void introAndOutroTitlesAreTrimmedAndAtMost200Characters() {
        assertThat(design("Plain", null, " Welcome ", " Bye ", null, null))
                .extracting(Template.Design::introTitle, Template.Design::outroTitle)
                .containsExactly("Welcome", "Bye");
        assertThatThrownBy(() -> design("Plain", null, "i".repeat(201), null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("introTitle has 201 characters; shorten it to at most 200")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("introTitle");
        assertThatThrownBy(() -> design("Plain", null, null, "o".repeat(201), null, null))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("outroTitle");
    }

    @Test
    void musicIsOptional() {
        Music music = new Music(AssetId.random(), 0.3, true);

        assertThat(named("Quiet").backgroundMusic()).isEmpty();
        assertThat(design("Loud", null, null, null, music, null).backgroundMusic()).contains(music);
    }

    @Test
    void noVariablesMeansAnEmptySet() {
        assertThat(named("Plain").variables()).isEmpty();
    }

    @Test
    void variableNamesMayUseLettersDigitsUnderscoresDotsAndDashes() {
        assertThat(withVariables("customerName", "order.id", "first_name", "promo-code", "_internal", "x1").variables())
                .containsExactlyInAnyOrder("customerName", "order.id", "first_name", "promo-code", "_internal", "x1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1st", "has space", "{{name}}", "", "-dash", "naïve", "a$b"})
    void rejectsVariableNamesOfAnotherShapeAndNamesThem(String variable) {
        assertThatThrownBy(() -> withVariables(variable))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("variable name '" + variable + "' is not allowed")
                .hasMessageContaining("use letters, digits, '_', '.' or '-'")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("variables");
    }

    @Test
    void variableNamesAreAtMost64Characters() {
        assertThat(withVariables("v".repeat(64)).variables()).hasSize(1);
        assertThatThrownBy(() -> withVariables("v".repeat(65)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("variables");
    }

    @Test
    void theVariablesCannotBeChangedFromOutside() {
        Set<String> variables = new HashSet<>(Set.of("name"));
        Template.Design design = design("Plain", null, null, null, null, variables);

        variables.add("other");

        assertThat(design.variables()).containsExactly("name");
        assertThatThrownBy(() -> design.variables().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aTemplateCanBeRedesigned() {
        UserId owner = UserId.random();
        Template template = Template.create(TemplateId.random(), owner, named("First"), NOW);

        template.redesign(named("Second"), NOW.plusSeconds(60));

        assertThat(template.design().name()).isEqualTo("Second");
        assertThat(template.owner()).isEqualTo(owner);
        assertThat(template.createdAt()).isEqualTo(NOW);
        assertThat(template.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void snapshotAndRestoreRoundTrip() {
        Template template = Template.create(TemplateId.random(), UserId.random(), withVariables("name"), NOW);

        Template restored = Template.restore(template.snapshot());

        assertThat(restored.snapshot()).isEqualTo(template.snapshot());
        assertThat(restored.getId()).isEqualTo(template.id());
        assertThat(restored.version()).isZero();
    }

    @Test
    void templateIdsAreUuids() {
        assertThatThrownBy(() -> TemplateId.parse("newsletter"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'newsletter' is not a template id; ids are UUIDs")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("templateId");
    }
}
