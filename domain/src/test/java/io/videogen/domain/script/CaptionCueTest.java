package io.videogen.domain.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionCueTest {

    @Test
    void speaksItsLinesJoinedBySpaces() {
        assertThat(new CaptionCue(0, List.of("first line", "second line")).text())
                .isEqualTo("first line second line");
    }

    @Test
    void mustShowSomething() {
        assertThatThrownBy(() -> new CaptionCue(0, List.of())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at least one word");
        assertThatThrownBy(() -> new CaptionCue(0, List.of("words", " "))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("empty line");
        assertThatThrownBy(() -> new CaptionCue(-1, List.of("words"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("number cues from 0");
    }

    @Test
    void cannotBeChangedThroughTheListItWasGiven() {
        List<String> lines = new ArrayList<>(List.of("one"));
        CaptionCue cue = new CaptionCue(0, lines);
        lines.add("two");
        assertThat(cue.lines()).containsExactly("one");
    }

    @Test
    void sceneTextRequiresCuesThatSayTheSpokenTextInOrder() {
        new SceneText("Hi there. Bye.", List.of(new CaptionCue(0, List.of("Hi there.")), new CaptionCue(1, List.of("Bye."))));
        assertThatThrownBy(() -> new SceneText("Hi there.", List.of(new CaptionCue(0, List.of("Hi")))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("captions must show the spoken words");
        assertThatThrownBy(() -> new SceneText("Hi.", List.of(new CaptionCue(1, List.of("Hi.")))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("number cues 0..0");
    }
}
