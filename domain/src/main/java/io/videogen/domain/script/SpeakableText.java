package io.videogen.domain.script;

import java.util.List;

/**
 * The one notion of "whitespace" and "word" the script package uses, so the spoken text and the
 * captions always agree on where words start and end.
 */
final class SpeakableText {

    private SpeakableText() {
    }

    /**
     * Unicode white space (including no-break and ideographic spaces, line and paragraph separators)
     * plus what Java counts as whitespace; anything a caller's {@code \s} could split on.
     */
    static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x85;
    }

    static boolean isBlank(String text) {
        return text.codePoints().allMatch(SpeakableText::isSpace);
    }

    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /**
     * Collapses every run of white space to one plain space and trims the ends. Control characters
     * and lone surrogate halves are dropped: a voice cannot say them and a caption cannot show them.
     */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isSpace(codePoint)) {
                pendingSpace = out.length() > 0;
            } else if (isShowable(codePoint)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(codePoint);
            }
        }
        return out.toString();
    }

    private static boolean isShowable(int codePoint) {
        return Character.isSupplementaryCodePoint(codePoint)
                || !Character.isISOControl(codePoint) && !Character.isSurrogate((char) codePoint);
    }

    /** The words of already normalised text. */
    static List<String> words(String normalised) {
        return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
    }

    /** Length as a reader counts it: one per code point, so an emoji is one character, not two. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
