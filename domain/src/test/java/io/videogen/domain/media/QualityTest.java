package io.videogen.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QualityTest {

    @Test
    void readsQualityInAnyCase() {
        assertThat(Quality.parse("draft")).isEqualTo(Quality.DRAFT);
        assertThat(Quality.parse(" Standard ")).isEqualTo(Quality.STANDARD);
        assertThat(Quality.parse("HIGH")).isEqualTo(Quality.HIGH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ultra", "low", "4k"})
    void rejectsUnknownQualityAndListsTheChoices(String text) {
        assertThatThrownBy(() -> Quality.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("use draft, standard or high")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("output.quality");
    }

    @Test
    void labelIsLowerCase() {
        assertThat(Quality.HIGH.label()).isEqualTo("high");
    }
}
