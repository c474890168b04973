package io.videogen.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.media.ImageSyncConfig.Transition;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ImageSyncConfigTest {

    @Test
    void byDefaultEachSceneGetsOneStillPictureAndScenesFadeInHalfASecond() {
        ImageSyncConfig defaults = ImageSyncConfig.defaults();

        assertThat(defaults.kenBurns()).isFalse();
        assertThat(defaults.transition()).isEqualTo(Transition.FADE);
        assertThat(defaults.transitionLength()).isEqualTo(Duration.ofMillis(500));
        assertThat(defaults.hasTransition()).isTrue();
    }

    @Test
    void transitionsLastAtMostTwoSeconds() {
        assertThat(new ImageSyncConfig(true, Transition.FADE, Duration.ofSeconds(2))
                .transitionLength()).isEqualTo(Duration.ofSeconds(2));
        assertThatThrownBy(() -> new ImageSyncConfig(false, Transition.FADE,
                Duration.ofMillis(2001)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("transition length 2001 ms is out of range; use 0 to 2000 ms")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("transition.durationMs");
    }

    @Test
    void rejectsANegativeTransitionLength() {
        assertThatThrownBy(() -> new ImageSyncConfig(false, Transition.FADE,
                Duration.ofMillis(-1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("use 0 to 2000 ms");
    }

    @Test
    void noTransitionTakesNoTime() {
        ImageSyncConfig cut = new ImageSyncConfig(false, Transition.NONE,
                Duration.ofMillis(800));

        assertThat(cut.transitionLength()).isZero();
        assertThat(cut.hasTransition()).isFalse();
    }

    @Test
    void aTransitionIsNoneOrFadeAndAnythingElseNamesTheField() {
        assertThat(Transition.parse(" Fade ", "transition.type")).isEqualTo(Transition.FADE);
        assertThatThrownBy(() -> Transition.parse("slide", "transition.type"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("transition 'slide' is not supported; use none or fade")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("transition.type");
    }

    @Test
    void aZeroLengthFadeIsNoTransition() {
        assertThat(new ImageSyncConfig(false, Transition.FADE, Duration.ZERO).hasTransition())
                .isFalse();
    }
}
