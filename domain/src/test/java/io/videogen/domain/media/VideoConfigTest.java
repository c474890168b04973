package io.videogen.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class VideoConfigTest {

    private static final Resolution HD = new Resolution(1280, 720);

    @Test
    void defaultsAre720pLandscapeAt30FpsStandardQuality() {
        assertThat(VideoConfig.defaults())
                .isEqualTo(new VideoConfig(HD, AspectRatio.LANDSCAPE, 30, Quality.STANDARD));
    }

    @Test
    void omittingEverythingGivesTheDefaults() {
        assertThat(VideoConfig.of(null, null, null, null)).isEqualTo(VideoConfig.defaults());
    }

    @Test
    void resolutionFollowsAspectRatioWhenOmitted() {
        assertThat(VideoConfig.of(null, "9:16", null, null).resolution()).isEqualTo(new Resolution(720, 1280));
        assertThat(VideoConfig.of(null, "1:1", null, null).resolution()).isEqualTo(new Resolution(1080, 1080));
    }

    @Test
    void aspectRatioFollowsResolutionWhenOmitted() {
        assertThat(VideoConfig.of("1080x1920", null, null, null).aspectRatio()).isEqualTo(AspectRatio.PORTRAIT);
        assertThat(VideoConfig.of("854x480", null, null, null).aspectRatio()).isEqualTo(AspectRatio.LANDSCAPE);
    }

    @Test
    void aResolutionOfNoSupportedShapeIsRejectedWhenNoRatioIsGiven() {
        assertThatThrownBy(() -> VideoConfig.of("1024x768", null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("1024x768 is not 16:9, 9:16 or 1:1")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("output.resolution");
    }

    @Test
    void resolutionMustHaveTheShapeAskedFor() {
        assertThatThrownBy(() -> VideoConfig.of("1280x720", "9:16", null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("resolution 1280x720 is not 9:16")
                .hasMessageContaining("use 720x1280 or another 9:16 size, or change aspectRatio")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("output.resolution");
    }

    @Test
    void everyPartGivenIsKept() {
        VideoConfig config = VideoConfig.of("1920x1080", "16:9", 24, "high");

        assertThat(config).isEqualTo(new VideoConfig(new Resolution(1920, 1080), AspectRatio.LANDSCAPE, 24,
                Quality.HIGH));
    }

    @Test
    void acceptsFpsFrom1To60() {
        assertThat(new VideoConfig(HD, AspectRatio.LANDSCAPE, 1, Quality.DRAFT).fps()).isEqualTo(1);
        assertThat(new VideoConfig(HD, AspectRatio.LANDSCAPE, 60, Quality.DRAFT).fps()).isEqualTo(60);
    }

    @Test
    void rejectsFpsAbove60() {
        assertThatThrownBy(() -> VideoConfig.of(null, null, 61, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("output.fps is 61; use a value from 1 to 60")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("output.fps");
    }

    @Test
    void rejectsFpsBelow1() {
        assertThatThrownBy(() -> new VideoConfig(HD, AspectRatio.LANDSCAPE, 0, Quality.DRAFT))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("use a value from 1 to 60");
    }

    @Test
    void badPartsAreReportedByTheirOwnRules() {
        assertThatThrownBy(() -> VideoConfig.of("1281x720", null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("odd side");
        assertThatThrownBy(() -> VideoConfig.of(null, "4:3", null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("use one of 16:9");
        assertThatThrownBy(() -> VideoConfig.of(null, null, null, "ultra"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("use draft, standard or high");
    }
}
