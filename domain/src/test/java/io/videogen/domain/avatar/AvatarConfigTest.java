package io.videogen.domain.avatar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.avatar.AvatarConfig.Placement;
import io.videogen.domain.avatar.AvatarConfig.Shape;
import io.videogen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AvatarConfigTest {

    @Test
    void byDefaultThePresenterIsASmallCircleBottomRight() {
        assertThat(AvatarConfig.defaults()).isEqualTo(new AvatarConfig(Placement.BOTTOM_RIGHT, Shape.CIRCLE, 0.3));
    }

    @ParameterizedTest
    @CsvSource({
        "bottom-right, BOTTOM_RIGHT",
        "bottom-left, BOTTOM_LEFT",
        "top-right, TOP_RIGHT",
        "Top-Left, TOP_LEFT",
        "left, LEFT",
        "RIGHT, RIGHT",
        "' full ', FULL",
        "bottom_right, BOTTOM_RIGHT"
    })
    void readsPlacementsWrittenWithDashes(String text, Placement expected) {
        assertThat(Placement.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"middle", "bottom right", "center"})
    void rejectsUnknownPlacementsAndListsTheChoices(String text) {
        assertThatThrownBy(() -> Placement.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is not supported; use bottom-right, bottom-left, top-right, top-left, left, "
                        + "right or full")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("avatar.placement");
    }

    @Test
    void onlyTheFourCornersAreCorners() {
        assertThat(Placement.values()).filteredOn(Placement::isCorner)
                .containsExactlyInAnyOrder(Placement.BOTTOM_RIGHT, Placement.BOTTOM_LEFT, Placement.TOP_RIGHT,
                        Placement.TOP_LEFT);
    }

    @Test
    void readsShapes() {
        assertThat(Shape.parse("circle")).isEqualTo(Shape.CIRCLE);
        assertThat(Shape.parse("Rectangle")).isEqualTo(Shape.RECTANGLE);
        assertThatThrownBy(() -> Shape.parse("hexagon"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("shape 'hexagon' is not supported; use circle or rectangle")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("avatar.shape");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.5, 1.0})
    void scaleIsATenthToTheWholeFrame(double scale) {
        assertThat(new AvatarConfig(Placement.FULL, Shape.RECTANGLE, scale).scale()).isEqualTo(scale);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.09, 1.01, 0.0, Double.NaN})
    void rejectsScaleOutsideATenthToOne(double scale) {
        assertThatThrownBy(() -> new AvatarConfig(Placement.LEFT, Shape.CIRCLE, scale))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("use a value from 0.1 to 1.0")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("avatar.scale");
    }
}
