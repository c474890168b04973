package io.videogen.presentation.input;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for text a client sends, in any field of any request: no control characters but
 * tab, line feed and carriage return (so NUL, escape, DEL and the C1 controls are refused), and no
 * unpaired surrogate (half of a UTF-16 pair, which is no character at all). Such text cannot be
 * shown, spoken or stored (PostgreSQL refuses NUL), so it is refused where it enters.
 */
public final class TextRule {

    private TextRule() {
    }

    /** Why the text breaks the rule, to follow the field's name in a message; empty when it keeps it. */
    public static Optional<String> violation(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of("holds half of a UTF-16 surrogate pair (" + codePoint(c) + ") at character " + i
                        + "; send whole characters");
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of("holds the control character " + codePoint(c) + " at character " + i
                        + "; remove it (only tab and line breaks are allowed)");
            }
        }
        return Optional.empty();
    }

    private static String codePoint(char c) {
        return "U+" + String.format(Locale.ROOT, "%04X", (int) c);
    }
}
