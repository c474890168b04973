package io.videogen.domain.media;

import io.videogen.domain.shared.Guard;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.RgbColor;
import java.util.Locale;
import java.util.Objects;

/**
 * How burned-in captions look. Font size is in pixels at 720 lines and scales with the frame.
 *
 * @param look           what a caption shows at a time: a sentence ({@link Look#CLASSIC}), a sentence with
 *                       the spoken word highlighted ({@link Look#KARAOKE}), or one to three large words
 *                       ({@link Look#WORDS}, the short-form look)
 * @param highlightColor the colour of the word being spoken (karaoke and words)
 */
public record CaptionStyle(int fontSize, RgbColor textColor, RgbColor boxColor, double boxOpacity, Position position,
                           Look look, RgbColor highlightColor) {

    public static final RgbColor DEFAULT_HIGHLIGHT = new RgbColor(255, 212, 0);

    public enum Position {
        BOTTOM, TOP, CENTER;

        public static Position parse(String text, String field) {
            return CaptionStyle.parse(Position.class, text, field, "bottom, top or center");
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Look {
        CLASSIC, KARAOKE, WORDS;

        public static Look parse(String text, String field) {
            return CaptionStyle.parse(Look.class, text, field, "classic, karaoke or words");
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether the spoken word is drawn in the highlight colour. */
        public boolean followsWords() {
            return this != CLASSIC;
        }
    }

    public CaptionStyle {
        Guard.between(fontSize, 12, 96, "captionStyle.fontSize");
        Objects.requireNonNull(textColor, "captionStyle.textColor");
        Objects.requireNonNull(boxColor, "captionStyle.boxColor");
        Guard.between(boxOpacity, 0.0, 1.0, "captionStyle.boxOpacity");
        Objects.requireNonNull(position, "captionStyle.position");
        Objects.requireNonNull(look, "captionStyle.style");
        Objects.requireNonNull(highlightColor, "captionStyle.highlightColor");
    }

    /** A classic style (a sentence at a time, nothing highlighted). */
    public CaptionStyle(int fontSize, RgbColor textColor, RgbColor boxColor, double boxOpacity, Position position) {
        this(fontSize, textColor, boxColor, boxOpacity, position, Look.CLASSIC, DEFAULT_HIGHLIGHT);
    }

    public static CaptionStyle defaults() {
        return new CaptionStyle(34, new RgbColor(255, 255, 255), new RgbColor(0, 0, 0), 0.55, Position.BOTTOM);
    }

    /**
     * This style with what a video's request chose instead: each part given replaces the template's.
     * A request that picks {@code words} and no position gets them centred, where the short-form look
     * puts them.
     */
    public CaptionStyle with(Look chosenLook, RgbColor chosenHighlight, Position chosenPosition) {
        Look newLook = chosenLook == null ? look : chosenLook;
        Position newPosition = chosenPosition != null ? chosenPosition
                : chosenLook == Look.WORDS && look != Look.WORDS ? Position.CENTER : position;
        return new CaptionStyle(fontSize, textColor, boxColor, boxOpacity, newPosition, newLook,
                chosenHighlight == null ? highlightColor : chosenHighlight);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field, String choices) {
        if (text != null) {
            for (E value : type.getEnumConstants()) {
                if (value.name().equalsIgnoreCase(text.strip())) {
                    return value;
                }
            }
        }
        throw new InvalidValueException(field, field + " is '" + text + "'; use " + choices);
    }
}
