package io.videogen.infrastructure.media;

import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.Resolution;

/**
 * Where captions may go in a frame. Landscape and square frames keep to the title-safe area (the
 * centre 80 %). A portrait frame is watched in short-form players whose own text and buttons cover
 * the bottom fifth and the top edge, so its captions stay above the bottom 22 % and below the top 12 %.
 */
record CaptionSafeArea(int left, int top, int right, int bottom) {

    private static final double MARGIN = 0.10;
    private static final double PORTRAIT_TOP = 0.12;
    private static final double PORTRAIT_BOTTOM = 0.22;
    /** Where the {@code words} look's top sits when centred: just below the middle, clear of a title card. */
    private static final double WORDS_TOP = 0.575;

    static CaptionSafeArea of(Resolution frame) {
        boolean portrait = frame.height() > frame.width();
        int side = (int) Math.round(frame.width() * MARGIN);
        int top = (int) Math.round(frame.height() * (portrait ? PORTRAIT_TOP : MARGIN));
        int bottom = frame.height() - (int) Math.round(frame.height() * (portrait ? PORTRAIT_BOTTOM : MARGIN));
        return new CaptionSafeArea(side, top, frame.width() - side, bottom);
    }

    int width() {
        return right - left;
    }

    /** The top of a box of the given height at the style's position. */
    int topOf(int boxHeight, CaptionStyle style, Resolution frame) {
        int y = switch (style.position()) {
            case BOTTOM -> bottom - boxHeight;
            case TOP -> top;
            case CENTER -> style.look() == CaptionStyle.Look.WORDS
                    ? (int) Math.round(frame.height() * WORDS_TOP)
                    : (frame.height() - boxHeight) / 2;
        };
        return Math.max(top, Math.min(bottom - boxHeight, y));
    }
}
