package io.videogen.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResolutionTest {

    @Test
    void readsWidthByHeight() {
        assertThat(Resolution.parse("1280x720")).isEqualTo(new Resolution(1280, 720));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1920X1080", "1920×1080", " 1920 x 1080 "})
    void acceptsUpperCaseXTheTimesSignAndSpaces(String text) {
        assertThat(Resolution.parse(text)).isEqualTo(new Resolution(1920, 1080));
    }

    @Test
    void printsAsWidthByHeight() {
        assertThat(new Resolution(854, 480)).hasToString("854x480");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1280", "1280x", "x720", "1280*720", "-1280x720", "1280.5x720", "hd", "720p"})
    void rejectsTextThatIsNotWidthByHeight(String text) {
        assertThatThrownBy(() -> Resolution.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is not WIDTHxHEIGHT")
                .hasMessageContaining("1280x720")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("output.resolution");
    }

    @Test
    void rejectsOddResolution() {
        assertThatThrownBy(() -> new Resolution(1281, 721))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("1281x721 has an odd side")
                .hasMessageContaining("use even numbers, for example 1282x722");
    }

    @Test
    void anOddHeightAloneIsRejectedToo() {
        assertThatThrownBy(() -> Resolution.parse("1280x719"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("for example 1280x720");
    }

    @Test
    void rejectsSidesShorterThan64() {
        assertThatThrownBy(() -> new Resolution(62, 720))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("too small")
                .hasMessageContaining("at least 64")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("output.resolution");
        assertThat(new Resolution(64, 64).width()).isEqualTo(64);
    }

    @Test
    void fitsWithinTheLimitItself() {
        assertThat(new Resolution(1920, 1080).fitsWithin(1920, 1080)).isTrue();
        assertThat(new Resolution(1922, 1080).fitsWithin(1920, 1080)).isFalse();
        assertThat(new Resolution(1920, 1082).fitsWithin(1920, 1080)).isFalse();
    }

    @Test
    void portraitLimitIsTheLandscapeLimitTurned() {
        assertThat(new Resolution(1080, 1920).fitsWithin(1920, 1080)).isTrue();
        assertThat(new Resolution(1082, 1920).fitsWithin(1920, 1080)).isFalse();
        assertThat(new Resolution(1080, 1080).fitsWithin(1920, 1080)).isTrue();
        assertThat(new Resolution(1200, 1200).fitsWithin(1920, 1080)).isFalse();
    }
}
