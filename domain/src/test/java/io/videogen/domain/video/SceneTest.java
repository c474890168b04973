package io.videogen.domain.video;

import io.videogen.domain.media.Visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.script.CaptionCue;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.RgbColor;
import java.util.List;
import org.junit.jupiter.api.Test;

class SceneTest {

    private static final List<CaptionCue> CUES = List.of(new CaptionCue(0, List.of("Hello world.")));

    private static Scene scene(int index, String text, String caption, String title) {
        return new Scene(index, text, caption, title, Visual.DEFAULT, false, CUES);
    }

    @Test
    void aSceneWithoutItsOwnCaptionShowsTheSpokenWords() {
        Scene scene = scene(0, "Hello world.", null, null);

        assertThat(scene.captionsFollowSpeech()).isTrue();
        assertThat(scene.titleCard()).isEmpty();
    }

    @Test
    void aBlankCaptionCountsAsNoCaption() {
        assertThat(scene(0, "Hello world.", "  ", null).caption()).isNull();
    }

    @Test
    void aSceneWithItsOwnCaptionShowsThat() {
        Scene scene = scene(0, "Hello world.", "Hi!", null);

        assertThat(scene.captionsFollowSpeech()).isFalse();
        assertThat(scene.caption()).isEqualTo("Hi!");
    }

    @Test
    void theTitleCardIsTrimmedAndABlankOneIsNone() {
        assertThat(scene(0, "Hello world.", null, "  Chapter one ").titleCard()).contains("Chapter one");
        assertThat(scene(0, "Hello world.", null, " ").titleCard()).isEmpty();
    }

    @Test
    void aSceneWithNothingToSayNamesTheScene() {
        assertThatThrownBy(() -> scene(4, "  ", null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("scene 4 has nothing to say; give it some text or remove it")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("scenes[4].text");
    }

    @Test
    void aTitleLongerThan200CharactersNamesTheScene() {
        assertThat(scene(2, "Hi.", null, "t".repeat(200)).title()).hasSize(200);
        assertThatThrownBy(() -> scene(2, "Hi.", null, "t".repeat(201)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("scene 2 title is longer than 200 characters; shorten it")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("scenes[2].title");
    }

    @Test
    void aSceneNeedsCaptionCues() {
        assertThatThrownBy(() -> new Scene(1, "Hello.", null, null, Visual.DEFAULT, false, List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("scene 1 has no caption text");
    }

    @Test
    void scenesAreNumberedFromZero() {
        assertThatThrownBy(() -> scene(-1, "Hello.", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
    }

    @Test
    void theFingerprintChangesWithAnythingThatChangesTheScene() {
        Scene base = scene(0, "Hello world.", null, null);

        assertThat(scene(0, "Hello world.", null, null).fingerprint()).isEqualTo(base.fingerprint());
        assertThat(scene(0, "Hello there.", null, null).fingerprint()).isNotEqualTo(base.fingerprint());
        assertThat(scene(1, "Hello world.", null, null).fingerprint()).isNotEqualTo(base.fingerprint());
        assertThat(scene(0, "Hello world.", "Hi", null).fingerprint()).isNotEqualTo(base.fingerprint());
        assertThat(scene(0, "Hello world.", null, "Title").fingerprint()).isNotEqualTo(base.fingerprint());
        assertThat(new Scene(0, "Hello world.", null, null, new Visual.Color(new RgbColor(0, 0, 0)), false, CUES)
                .fingerprint()).isNotEqualTo(base.fingerprint());
        assertThat(new Scene(0, "Hello world.", null, null, Visual.DEFAULT, true, CUES).fingerprint())
                .isNotEqualTo(base.fingerprint());
    }
}
