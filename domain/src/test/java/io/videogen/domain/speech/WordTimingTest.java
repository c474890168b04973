package io.videogen.domain.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WordTimingTest {

    @Test
    void shiftsOntoALaterTimelineAndKnowsItsMiddle() {
        WordTiming word = new WordTiming("hello", Duration.ofMillis(100), Duration.ofMillis(500));

        WordTiming shifted = word.shifted(Duration.ofMillis(300));

        assertThat(shifted).isEqualTo(new WordTiming("hello", Duration.ofMillis(400), Duration.ofMillis(800)));
        assertThat(shifted.middle()).isEqualTo(Duration.ofMillis(600));
    }

    @Test
    void refusesABlankWordANegativeStartAndAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new WordTiming(" ", Duration.ZERO, Duration.ZERO))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> new WordTiming("a", Duration.ofMillis(-1), Duration.ZERO))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("starts at -1 ms");
        assertThatThrownBy(() -> new WordTiming("a", Duration.ofMillis(50), Duration.ofMillis(40)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ends (40 ms) before it starts (50 ms)");
        assertThatThrownBy(() -> new PhonemeTiming("aa", Duration.ofMillis(50), null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no start or end");
    }

    @Test
    void aZeroLengthTimingIsAllowed() {
        assertThat(new PhonemeTiming("pau", Duration.ofMillis(7), Duration.ofMillis(7)).shifted(Duration.ofMillis(3)).start())
                .isEqualTo(Duration.ofMillis(10));
    }
}
