package io.videogen.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.RgbColor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisualTest {

    private static final String ASSET = "0b5d8a52-8f3c-4c45-9d7e-1f0e2c3b4a59";

    @Test
    void aColorVisualFillsTheFrameWithOneColour() {
        assertThat(Visual.of("color", "#ff8800", null, null, null, null, null))
                .isEqualTo(new Visual.Color(new RgbColor(255, 136, 0)));
    }

    @Test
    void aGradientVisualRunsFromOneColourToAnother() {
        assertThat(Visual.of("gradient", null, "#000000", "#fff", null, null, null))
                .isEqualTo(new Visual.Gradient(new RgbColor(0, 0, 0), new RgbColor(255, 255, 255)));
    }

    @Test
    void anAssetVisualCoversTheFrameUnlessToldToFitInside() {
        assertThat(Visual.of("asset", null, null, null, ASSET, null, null))
                .isEqualTo(new Visual.Image(AssetId.parse(ASSET), Visual.Fit.COVER));
        assertThat(Visual.of("asset", null, null, null, ASSET, "contain", null))
                .isEqualTo(new Visual.Image(AssetId.parse(ASSET), Visual.Fit.CONTAIN));
    }

    @Test
    void aPromptVisualKeepsThePrompt() {
        assertThat(Visual.of("prompt", null, null, null, null, null, "a quiet harbour at dawn"))
                .isEqualTo(new Visual.Prompt("a quiet harbour at dawn"));
    }

    @Test
    void typeIsReadInAnyCase() {
        assertThat(Visual.of(" COLOR ", "#000", null, null, null, null, null)).isInstanceOf(Visual.Color.class);
    }

    @Test
    void fieldsOfOtherTypesAreIgnored() {
        assertThat(Visual.of("color", "#000", "#111", "#222", ASSET, "contain", "ignored"))
                .isEqualTo(new Visual.Color(new RgbColor(0, 0, 0)));
    }

    @Test
    void typeIsRequired() {
        assertThatThrownBy(() -> Visual.of(null, "#000", null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("visual.type is required; use color, gradient, asset, prompt or clip")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("visual.type");
    }

    @Test
    void aClipPlaysAnUploadOrAPromptButNotBoth() {
        assertThat(Visual.of("clip", null, null, null, ASSET, "contain", null))
                .isEqualTo(new Visual.Clip(AssetId.parse(ASSET), Visual.Fit.CONTAIN, null));
        assertThat(Visual.of("clip", null, null, null, null, null, "waves at dawn").uploaded()).isFalse();
        assertThatThrownBy(() -> Visual.of("clip", null, null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("needs visual.assetId")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("visual.assetId");
        assertThatThrownBy(() -> Visual.of("clip", null, null, null, ASSET, null, "waves"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("not both")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("visual.prompt");
        assertThat(Visual.of("clip", null, null, null, ASSET, null, null).fingerprint())
                .isNotEqualTo(Visual.of("asset", null, null, null, ASSET, null, null).fingerprint());
    }

    @ParameterizedTest
    @ValueSource(strings = {"video", "image", "", "colour"})
    void rejectsUnknownTypesAndListsTheKnownOnes(String type) {
        assertThatThrownBy(() -> Visual.of(type, "#000", null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is not supported; use color, gradient, asset, prompt or clip")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("visual.type");
    }

    @Test
    void aColorVisualNeedsAValue() {
        assertThatThrownBy(() -> Visual.of("color", " ", null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("a visual of type color needs visual.value")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("visual.value");
    }

    @Test
    void aGradientVisualNeedsBothEnds() {
        assertThatThrownBy(() -> Visual.of("gradient", null, "#000", null, null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("a visual of type gradient needs visual.to")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("visual.to");
        assertThatThrownBy(() -> Visual.of("gradient", null, null, "#000", null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("a visual of type gradient needs visual.from");
    }

    @Test
    void anAssetVisualNeedsAnAssetId() {
        assertThatThrownBy(() -> Visual.of("asset", null, null, null, null, "cover", null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("a visual of type asset needs visual.assetId")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("visual.assetId");
    }

    @Test
    void anAssetIdMustBeAUuid() {
        assertThatThrownBy(() -> Visual.of("asset", null, null, null, "logo.png", null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'logo.png' is not")
                .hasMessageContaining("ids are UUIDs");
    }

    @Test
    void aPromptVisualNeedsAPrompt() {
        assertThatThrownBy(() -> Visual.of("prompt", null, null, null, null, null, ""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("a visual of type prompt needs visual.prompt")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("visual.prompt");
    }

    @Test
    void promptsAreAtMost1000Characters() {
        assertThat(new Visual.Prompt("p".repeat(1000)).prompt()).hasSize(1000);
        assertThatThrownBy(() -> new Visual.Prompt("p".repeat(1001)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("visual.prompt has 1001 characters; shorten it to at most 1000")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("visual.prompt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#12345", "#gggggg", "rgb(0,0,0)", "#1234567"})
    void rejectsBadColourAndShowsTheFormat(String colour) {
        assertThatThrownBy(() -> Visual.of("color", colour, null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("write a colour as #rrggbb, for example #1e3c72")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("visual.value");
    }

    @Test
    void aBadGradientEndIsNamed() {
        assertThatThrownBy(() -> Visual.of("gradient", null, "#000", "blue", null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("visual.to is 'blue'")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("visual.to");
    }

    @Test
    void rejectsUnknownFitAndListsTheChoices() {
        assertThatThrownBy(() -> Visual.of("asset", null, null, null, ASSET, "stretch", null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("fit 'stretch' is not supported; use cover or contain")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("visual.fit");
    }

    @Test
    void theDefaultBackgroundIsABlueGradient() {
        assertThat(Visual.DEFAULT).isEqualTo(Visual.of("gradient", null, "#1e3c72", "#2a5298", null, null, null));
    }

    @Test
    void fingerprintsTellDifferentPicturesApart() {
        assertThat(Visual.DEFAULT.fingerprint()).isEqualTo("gradient:#1e3c72:#2a5298");
        assertThat(new Visual.Color(new RgbColor(0, 0, 0)).fingerprint()).isEqualTo("color:#000000");
        assertThat(new Visual.Image(AssetId.parse(ASSET), Visual.Fit.COVER).fingerprint())
                .isNotEqualTo(new Visual.Image(AssetId.parse(ASSET), Visual.Fit.CONTAIN).fingerprint());
        assertThat(new Visual.Prompt("a").fingerprint()).isNotEqualTo(new Visual.Prompt("b").fingerprint());
    }
}
