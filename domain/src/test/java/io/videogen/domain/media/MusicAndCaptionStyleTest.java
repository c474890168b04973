package io.videogen.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.RgbColor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MusicAndCaptionStyleTest {

    private static final RgbColor WHITE = new RgbColor(255, 255, 255);
    private static final RgbColor BLACK = new RgbColor(0, 0, 0);

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.2, 1.0})
    void musicVolumeIsFromSilentToFull(double volume) {
        assertThat(new Music(AssetId.random(), volume, true).volume()).isEqualTo(volume);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.01, Double.NaN})
    void rejectsMusicVolumeOutside0To1(double volume) {
        assertThatThrownBy(() -> new Music(AssetId.random(), volume, false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("use a value from 0.0 to 1.0")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("music.volume");
    }

    @Test
    void musicNeedsAnAsset() {
        assertThatThrownBy(() -> new Music(null, 0.5, false))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("music.assetId");
    }

    @Test
    void captionsByDefaultAreWhiteOnAHalfTransparentBlackBoxAtTheBottom() {
        assertThat(CaptionStyle.defaults())
                .isEqualTo(new CaptionStyle(34, WHITE, BLACK, 0.55, CaptionStyle.Position.BOTTOM));
    }

    @Test
    void captionFontSizeIsFrom12To96() {
        assertThat(new CaptionStyle(12, WHITE, BLACK, 0.5, CaptionStyle.Position.TOP).fontSize()).isEqualTo(12);
        assertThat(new CaptionStyle(96, WHITE, BLACK, 0.5, CaptionStyle.Position.TOP).fontSize()).isEqualTo(96);
        assertThatThrownBy(() -> new CaptionStyle(97, WHITE, BLACK, 0.5, CaptionStyle.Position.TOP))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("captionStyle.fontSize is 97; use a value from 12 to 96")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("captionStyle.fontSize");
    }

    @Test
    void captionBoxOpacityIsFrom0To1() {
        assertThatThrownBy(() -> new CaptionStyle(34, WHITE, BLACK, 1.5, CaptionStyle.Position.CENTER))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("captionStyle.boxOpacity");
    }

    @Test
    void aRequestsCaptionChoicesReplaceTheTemplatesOneByOne() {
        CaptionStyle template = new CaptionStyle(40, WHITE, BLACK, 0.3, CaptionStyle.Position.TOP);
        RgbColor red = new RgbColor(255, 0, 0);

        CaptionStyle karaoke = template.with(CaptionStyle.Look.KARAOKE, red, null);

        assertThat(karaoke.look()).isEqualTo(CaptionStyle.Look.KARAOKE);
        assertThat(karaoke.highlightColor()).isEqualTo(red);
        assertThat(karaoke.position()).isEqualTo(CaptionStyle.Position.TOP);
        assertThat(karaoke.fontSize()).isEqualTo(40);
        assertThat(template.with(null, null, null)).isEqualTo(template);
        assertThat(template.look()).isEqualTo(CaptionStyle.Look.CLASSIC);
        assertThat(template.highlightColor()).isEqualTo(CaptionStyle.DEFAULT_HIGHLIGHT);
    }

    @Test
    void wordsWithoutAPositionAreCentredUnlessTheTemplateChoseWordsAndAPlace() {
        CaptionStyle classic = CaptionStyle.defaults();
        assertThat(classic.with(CaptionStyle.Look.WORDS, null, null).position()).isEqualTo(CaptionStyle.Position.CENTER);
        assertThat(classic.with(CaptionStyle.Look.WORDS, null, CaptionStyle.Position.BOTTOM).position())
                .isEqualTo(CaptionStyle.Position.BOTTOM);
        CaptionStyle wordsAtTop = classic.with(CaptionStyle.Look.WORDS, null, CaptionStyle.Position.TOP);
        assertThat(wordsAtTop.with(CaptionStyle.Look.WORDS, null, null).position()).isEqualTo(CaptionStyle.Position.TOP);
    }

    @Test
    void captionLooksAndPositionsParseWhateverTheirCaseAndNameTheFieldOtherwise() {
        assertThat(CaptionStyle.Look.parse(" Karaoke ", "captions.style")).isEqualTo(CaptionStyle.Look.KARAOKE);
        assertThat(CaptionStyle.Position.parse("center", "captions.position")).isEqualTo(CaptionStyle.Position.CENTER);
        assertThatThrownBy(() -> CaptionStyle.Look.parse("bouncy", "captions.style"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("captions.style is 'bouncy'; use classic, karaoke or words")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("captions.style");
        assertThatThrownBy(() -> CaptionStyle.Position.parse(null, "captionStyle.position"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("use bottom, top or center");
    }
}
