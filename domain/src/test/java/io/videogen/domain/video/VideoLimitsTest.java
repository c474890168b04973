package io.videogen.domain.video;

import io.videogen.domain.media.Resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class VideoLimitsTest {

    private final VideoLimits limits = VideoLimits.defaults();

    @Test
    void theContractDefaultsAre20000Characters100Scenes2000PerSceneUpTo1080p() {
        assertThat(limits).isEqualTo(new VideoLimits(20_000, 100, 2_000, 1920, 1080));
    }

    @Test
    void limitsMustBePositiveAndFramesAtLeast64() {
        assertThatThrownBy(() -> new VideoLimits(0, 100, 2_000, 1920, 1080))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new VideoLimits(20_000, 100, 2_000, 1920, 32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 64");
    }

    @Test
    void aScriptMayBeExactlyAsLongAsTheLimit() {
        assertThatCode(() -> limits.checkScriptLength("x".repeat(20_000))).doesNotThrowAnyException();
    }

    @Test
    void rejectsAScriptLongerThanTheLimitAndSuggestsSplittingIt() {
        assertThatThrownBy(() -> limits.checkScriptLength("x".repeat(20_001)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("script has 20001 characters; shorten it to at most 20000")
                .hasMessageContaining("split it into several videos")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("script");
    }

    @Test
    void rejectsMoreScenesThanTheLimit() {
        assertThatCode(() -> limits.checkSceneCount(100)).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.checkSceneCount(101))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("video has 101 scenes; use at most 100")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("scenes");
    }

    @Test
    void sceneTextLongerThanLimitNamesTheScene() {
        assertThatCode(() -> limits.checkSceneLength(3, "x".repeat(2_000))).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.checkSceneLength(3, "x".repeat(2_001)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("scene 3 has 2001 characters; shorten it to at most 2000")
                .hasMessageContaining("split it into two scenes")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("scenes[3].text");
    }

    @Test
    void resolutionsUpToTheLimitAreAllowedInEitherOrientation() {
        assertThatCode(() -> limits.checkResolution(new Resolution(1920, 1080))).doesNotThrowAnyException();
        assertThatCode(() -> limits.checkResolution(new Resolution(1080, 1920))).doesNotThrowAnyException();
        assertThatCode(() -> limits.checkResolution(new Resolution(1080, 1080))).doesNotThrowAnyException();
    }

    @Test
    void rejectsAResolutionLargerThanTheLimit() {
        assertThatThrownBy(() -> limits.checkResolution(new Resolution(3840, 2160)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("resolution 3840x2160 is larger than 1920x1080; choose a smaller size")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("output.resolution");
    }

    @Test
    void anOperatorCanRaiseTheLimits() {
        VideoLimits generous = new VideoLimits(50_000, 300, 5_000, 3840, 2160);

        assertThatCode(() -> generous.checkResolution(new Resolution(3840, 2160))).doesNotThrowAnyException();
        assertThatCode(() -> generous.checkSceneCount(300)).doesNotThrowAnyException();
    }
}
