package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.CaptionStyle.Look;
import io.videogen.domain.media.CaptionStyle.Position;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.shared.RgbColor;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaptionCardTest {

    private static final Resolution HD = new Resolution(1280, 720);
    private static final Resolution PORTRAIT = new Resolution(720, 1280);
    private static final Resolution SQUARE = new Resolution(1080, 1080);
    private static final RgbColor RED = new RgbColor(255, 0, 0);

    @Test
    void karaokeDrawsOnlyTheHighlightedWordInTheHighlightColour() {
        CaptionStyle style = CaptionStyle.defaults().with(Look.KARAOKE, RED, null);
        TimedCaption caption = new TimedCaption(List.of("alpha beta gamma"), Duration.ZERO, Duration.ofSeconds(1), 1);

        BufferedImage image = CaptionCard.draw(caption, style, HD).image();

        int redLeft = Integer.MAX_VALUE;
        int redRight = -1;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (isRed(image.getRGB(x, y))) {
                    redLeft = Math.min(redLeft, x);
                    redRight = Math.max(redRight, x);
                }
            }
        }
        assertThat(redRight).as("the highlighted word is drawn").isGreaterThan(redLeft);
        int whiteLeftOfIt = 0;
        int whiteRightOfIt = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (isWhite(image.getRGB(x, y))) {
                    assertThat(x < redLeft || x > redRight).as("no white inside the highlighted word").isTrue();
                    whiteLeftOfIt += x < redLeft ? 1 : 0;
                    whiteRightOfIt += x > redRight ? 1 : 0;
                }
            }
        }
        assertThat(whiteLeftOfIt).as("alpha, in the text colour").isGreaterThan(100);
        assertThat(whiteRightOfIt).as("gamma, in the text colour").isGreaterThan(100);
    }

    @Test
    void aCaptionWithoutHighlightHasNoHighlightColour() {
        CaptionStyle style = CaptionStyle.defaults().with(Look.KARAOKE, RED, null);
        BufferedImage image = CaptionCard.draw(new TimedCaption(List.of("alpha beta"), Duration.ZERO,
                Duration.ofSeconds(1)), style, HD).image();

        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                assertThat(isRed(image.getRGB(x, y))).isFalse();
            }
        }
    }

    @Test
    void wordsAreLargeOutlinedAndWithoutABox() {
        TimedCaption caption = new TimedCaption(List.of("big words"), Duration.ZERO, Duration.ofSeconds(1), 0);
        CaptionCard classic = CaptionCard.draw(caption, CaptionStyle.defaults(), HD);
        CaptionStyle style = CaptionStyle.defaults().with(Look.WORDS, null, null);
        CaptionCard words = CaptionCard.draw(caption, style, HD);

        assertThat(words.image().getHeight()).isGreaterThan(classic.image().getHeight());
        assertThat(words.image().getRGB(1, 1) >>> 24).as("no box in the corner").isZero();
        assertThat(classic.image().getRGB(2, classic.image().getHeight() / 2) >>> 24).as("classic has its box")
                .isNotZero();
        // centred words sit below the middle, clear of a title card
        CaptionCard portrait = CaptionCard.draw(caption, style, PORTRAIT);
        assertThat(portrait.y()).isGreaterThan(PORTRAIT.height() / 2);
    }

    @ParameterizedTest
    @EnumSource(Look.class)
    void everyLookStaysInsideTheSafeAreaOfEveryShapeAtEveryPosition(Look look) {
        String longLine = "Thirty characters of caption..";
        for (Resolution frame : List.of(HD, PORTRAIT, SQUARE)) {
            for (Position position : Position.values()) {
                CaptionStyle style = new CaptionStyle(60, new RgbColor(255, 255, 255), new RgbColor(0, 0, 0), 0.5,
                        position, look, RED);
                CaptionCard card = CaptionCard.draw(new TimedCaption(List.of(longLine, "and a second line"),
                        Duration.ZERO, Duration.ofSeconds(1), 0), style, frame);
                CaptionSafeArea safe = CaptionSafeArea.of(frame);
                String where = look + " " + position + " in " + frame;
                assertThat(card.x()).as(where).isGreaterThanOrEqualTo(safe.left());
                assertThat(card.x() + card.image().getWidth()).as(where).isLessThanOrEqualTo(safe.right() + 1);
                assertThat(card.y()).as(where).isGreaterThanOrEqualTo(safe.top());
                assertThat(card.y() + card.image().getHeight()).as(where).isLessThanOrEqualTo(safe.bottom());
            }
        }
        // a portrait frame keeps its captions above the bottom fifth that short-form players cover
        assertThat(CaptionSafeArea.of(PORTRAIT).bottom()).isLessThanOrEqualTo((int) (PORTRAIT.height() * 0.8));
    }

    private static boolean isRed(int argb) {
        return (argb >>> 24) > 200 && (argb >> 16 & 0xff) > 200 && (argb >> 8 & 0xff) < 60 && (argb & 0xff) < 60;
    }

    private static boolean isWhite(int argb) {
        return (argb >>> 24) > 200 && (argb >> 16 & 0xff) > 200 && (argb >> 8 & 0xff) > 200 && (argb & 0xff) > 200;
    }
}
