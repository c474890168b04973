package io.videogen.domain.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VideoTitleTest {

    @Test
    void titleIsTrimmed() {
        assertThat(new VideoTitle("  Quarterly update \n")).hasToString("Quarterly update");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void rejectsABlankTitle(String title) {
        assertThatThrownBy(() -> new VideoTitle(title))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("title must not be blank")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("title");
    }

    @Test
    void rejectsTitlesLongerThan200Characters() {
        assertThatThrownBy(() -> new VideoTitle("t".repeat(201)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("title has 201 characters; shorten it to at most 200")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("title");
    }

    @Test
    void surroundingSpacesDoNotCountTowardsTheLimit() {
        assertThat(new VideoTitle("  " + "t".repeat(200) + "  ").value()).hasSize(200);
    }
}
