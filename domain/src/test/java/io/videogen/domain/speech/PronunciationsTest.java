package io.videogen.domain.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PronunciationsTest {

    @Test
    void aListedWordIsReplacedWholeInAnyCaseAndNowhereElse() {
        Pronunciations list = Pronunciations.of(Map.of("VideoGen", "video gen", "SQL", "sequel"));
        assertThat(list.apply("Videogen runs SQL; videogens and mysql do not. VIDEOGEN."))
                .isEqualTo("video gen runs sequel; videogens and mysql do not. video gen.");
        assertThat(list.entries()).containsExactly(Map.entry("sql", "sequel"), Map.entry("videogen", "video gen"));
    }

    @Test
    void aWrittenPauseIsLeftAsItIs() {
        Pronunciations list = Pronunciations.of(Map.of("pause", "paws"));
        assertThat(list.apply("A pause [pause 500ms] here [ pause 1s ].")).isEqualTo(
                "A paws [pause 500ms] here [ pause 1s ].");
    }

    @Test
    void anEmptyListChangesNothing() {
        assertThat(Pronunciations.of(Map.of())).isSameAs(Pronunciations.NONE);
        assertThat(Pronunciations.NONE.apply("Hello videogen.")).isEqualTo("Hello videogen.");
    }

    @Test
    void anEntryThatCannotBeUsedIsRefusedNamingIt() {
        assertThatThrownBy(() -> Pronunciations.of(Map.of("two words", "x")))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("pronunciations.two words");
        assertThatThrownBy(() -> Pronunciations.of(Map.of("ok", "[pause 1s]")))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("pronunciations.ok");
    }
}
