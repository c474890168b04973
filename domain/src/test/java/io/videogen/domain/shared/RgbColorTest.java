package io.videogen.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RgbColorTest {

    @Test
    void readsSixDigitHex() {
        assertThat(RgbColor.parse("#1e3c72", "color")).isEqualTo(new RgbColor(0x1e, 0x3c, 0x72));
    }

    @Test
    void threeDigitHexDoublesEachDigit() {
        assertThat(RgbColor.parse("#f80", "color")).isEqualTo(new RgbColor(0xff, 0x88, 0x00));
    }

    @Test
    void theHashAndCaseAndSurroundingSpacesDoNotMatter() {
        assertThat(RgbColor.parse(" 1E3C72 ", "color")).isEqualTo(new RgbColor(0x1e, 0x3c, 0x72));
    }

    @Test
    void writesLowerCaseSixDigitHex() {
        assertThat(new RgbColor(255, 136, 0).hex()).isEqualTo("#ff8800");
        assertThat(new RgbColor(0, 0, 0).hex()).isEqualTo("#000000");
    }

    @Test
    void hexRoundTrips() {
        RgbColor colour = new RgbColor(18, 52, 86);

        assertThat(RgbColor.parse(colour.hex(), "color")).isEqualTo(colour);
        assertThat(colour.rgb()).isEqualTo(0x123456);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"red", "#12", "#1234", "#12345", "#1234567", "#gg0000", "##123456", "rgb(1,2,3)"})
    void rejectsBadColourNamingTheFieldAndTheFormat(String text) {
        assertThatThrownBy(() -> RgbColor.parse(text, "textColor"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("textColor is '" + text + "'")
                .hasMessageContaining("write a colour as #rrggbb, for example #1e3c72")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("textColor");
    }

    @Test
    void channelsAreFrom0To255() {
        assertThatThrownBy(() -> new RgbColor(256, 0, 0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("red is 256; use a value from 0 to 255")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("red");
        assertThatThrownBy(() -> new RgbColor(0, -1, 0))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("green");
        assertThatThrownBy(() -> new RgbColor(0, 0, 300))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("blue");
    }
}
