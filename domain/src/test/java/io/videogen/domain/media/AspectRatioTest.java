package io.videogen.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AspectRatioTest {

    @Test
    void readsTheThreeSupportedShapes() {
        assertThat(AspectRatio.parse("16:9")).isEqualTo(AspectRatio.LANDSCAPE);
        assertThat(AspectRatio.parse("9:16")).isEqualTo(AspectRatio.PORTRAIT);
        assertThat(AspectRatio.parse(" 1:1 ")).isEqualTo(AspectRatio.SQUARE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"4:3", "16/9", "landscape", "21:9"})
    void rejectsOtherShapesAndListsTheSupportedOnes(String label) {
        assertThatThrownBy(() -> AspectRatio.parse(label))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is not supported; use one of 16:9, 9:16, 1:1")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("output.aspectRatio");
    }

    @Test
    void eachShapeHasADefaultResolutionOfThatShape() {
        assertThat(AspectRatio.LANDSCAPE.defaultResolution()).isEqualTo(new Resolution(1280, 720));
        assertThat(AspectRatio.PORTRAIT.defaultResolution()).isEqualTo(new Resolution(720, 1280));
        assertThat(AspectRatio.SQUARE.defaultResolution()).isEqualTo(new Resolution(1080, 1080));
        for (AspectRatio ratio : AspectRatio.values()) {
            assertThat(ratio.matches(ratio.defaultResolution())).as(ratio.label()).isTrue();
        }
    }

    @Test
    void aResolutionWithinOnePercentHasThatShape() {
        assertThat(AspectRatio.of(new Resolution(854, 480))).contains(AspectRatio.LANDSCAPE);
        assertThat(AspectRatio.of(new Resolution(1080, 1920))).contains(AspectRatio.PORTRAIT);
        assertThat(AspectRatio.of(new Resolution(512, 512))).contains(AspectRatio.SQUARE);
    }

    @Test
    void aResolutionOfAnotherShapeHasNone() {
        assertThat(AspectRatio.of(new Resolution(1024, 768))).isEmpty();
        assertThat(AspectRatio.of(new Resolution(2560, 1080))).isEmpty();
    }
}
