package io.videogen.domain.script;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps text that must come out exactly as written (code, escaped characters) away from the markup
 * rules: each kept piece is swapped for a placeholder and swapped back at the end.
 *
 * <p>Placeholders are built from a Unicode noncharacter, which Unicode reserves for exactly this kind
 * of internal use; noncharacters are removed from the input first so no input can forge one.
 */
final class LiteralVault {

    private static final char MARK = '\uFDD0';
    private static final Pattern NONCHARACTERS = Pattern.compile("[\\uFDD0-\\uFDEF]");
    private static final Pattern PLACEHOLDER = Pattern.compile(MARK + "(\\d+)" + MARK);

    private final List<String> kept = new ArrayList<>();

    static String withoutNoncharacters(String text) {
        return NONCHARACTERS.matcher(text).replaceAll("");
    }

    String keep(String literal) {
        kept.add(literal);
        return MARK + Integer.toString(kept.size() - 1) + MARK;
    }

    String restore(String text) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        String restored = placeholder.replaceAll(found -> Matcher.quoteReplacement(literal(found.group(1))));
        return NONCHARACTERS.matcher(restored).replaceAll("");
    }

    private String literal(String number) {
        int index = Integer.parseInt(number);
        return index < kept.size() ? kept.get(index) : "";
    }
}
