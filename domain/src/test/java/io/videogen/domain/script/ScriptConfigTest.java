package io.videogen.domain.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScriptConfigTest {

    @Test
    void defaultsReadAtAnEverydayPaceWithTwoLineCaptions() {
        assertThat(ScriptConfig.defaults())
                .isEqualTo(new ScriptConfig(150, Duration.ofMillis(400), 42, 2));
    }

    @Test
    void acceptsTheEdgesOfEveryRange() {
        assertThat(new ScriptConfig(80, Duration.ZERO, 20, 1))
                .extracting(ScriptConfig::wordsPerMinute, ScriptConfig::pauseBetweenScenes,
                        ScriptConfig::captionLineLength, ScriptConfig::captionMaxLines)
                .containsExactly(80, Duration.ZERO, 20, 1);
        assertThat(new ScriptConfig(300, Duration.ofSeconds(5), 80, 3))
                .extracting(ScriptConfig::wordsPerMinute, ScriptConfig::pauseBetweenScenes,
                        ScriptConfig::captionLineLength, ScriptConfig::captionMaxLines)
                .containsExactly(300, Duration.ofSeconds(5), 80, 3);
    }

    @Test
    void rejectsASpeakingRateOutsideEightyToThreeHundred() {
        assertThatThrownBy(() -> new ScriptConfig(79, Duration.ZERO, 42, 2))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("wordsPerMinute").hasMessageContaining("80 to 300")
                .extracting(error -> ((InvalidValueException) error).field()).isEqualTo("wordsPerMinute");
        assertThatThrownBy(() -> new ScriptConfig(301, Duration.ZERO, 42, 2))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsAMissingNegativeOrTooLongPause() {
        assertThatThrownBy(() -> new ScriptConfig(150, null, 42, 2))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("pauseBetweenScenes is required");
        assertThatThrownBy(() -> new ScriptConfig(150, Duration.ofMillis(-1), 42, 2))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("0 to 5 seconds");
        assertThatThrownBy(() -> new ScriptConfig(150, Duration.ofMillis(5001), 42, 2))
                .isInstanceOf(InvalidValueException.class)
                .extracting(error -> ((InvalidValueException) error).field()).isEqualTo("pauseBetweenScenes");
    }

    @Test
    void rejectsCaptionLinesOutsideTheirRanges() {
        assertThatThrownBy(() -> new ScriptConfig(150, Duration.ZERO, 19, 2))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("captionLineLength");
        assertThatThrownBy(() -> new ScriptConfig(150, Duration.ZERO, 81, 2))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("captionLineLength");
        assertThatThrownBy(() -> new ScriptConfig(150, Duration.ZERO, 42, 0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("captionMaxLines");
        assertThatThrownBy(() -> new ScriptConfig(150, Duration.ZERO, 42, 4))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("captionMaxLines");
    }
}
