package io.videogen.domain.script;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line-level half of markdown stripping: fences, rules, headings, list markers and quotes.
 * Code inside fences goes to the vault untouched.
 */
final class MarkdownBlocks {

    private static final Pattern FENCE_OPEN = Pattern.compile(" {0,3}(?:`{3,}[^`]*|~{3,}.*)");
    private static final Pattern FENCE_CLOSE = Pattern.compile(" {0,3}(?:`{3,}|~{3,})[ \\t]*");
    private static final Pattern RULE = Pattern.compile(
            " {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile(" {0,3}(?:=+|-+)[ \\t]*");
    // Only lines whose target looks like an address: "[Note]: see you soon." is a sentence, not a definition.
    private static final Pattern LINK_DEFINITION = Pattern.compile(" {0,3}\\[[^\\]]+\\]:[ \\t]*"
            + "(?:<[^>]*>|[A-Za-z][A-Za-z0-9+.-]*:\\S+|[/#.~]\\S*|(?=\\S*[./])\\S*[^\\s.,;:!?])"
            + "(?:[ \\t]+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?[ \\t]*");
    private static final Pattern QUOTE_MARKERS = Pattern.compile("(?:[ \\t]{0,3}>[ \\t]?)++");
    private static final Pattern HEADING = Pattern.compile(" {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*");
    // At most three digits: a line opening with "1969. The year…" is a sentence, not item 1969.
    private static final Pattern LIST_ITEM = Pattern.compile(
            "[ \\t]*(?:[-*+]|\\d{1,3}[.)])[ \\t]+(?:\\[[ xX]\\][ \\t]+)?(.*)");
    private static final Pattern HARD_BREAK = Pattern.compile("\\\\$");
    private static final Pattern TRAILING_CLOSERS = Pattern.compile("[)\\]}\"'\u201d\u2019\u00bb*_~`]+$");
    private static final String SENTENCE_ENDS = ".!?\u2026:;,\u3002\uff01\uff1f";

    private MarkdownBlocks() {
    }

    static String strip(String markdown, LiteralVault vault) {
        List<String> out = new ArrayList<>();
        Fence fence = null;
        for (String line : markdown.split("\n", -1)) {
            if (fence != null) {
                if (fence.closedBy(line)) {
                    fence = null;
                } else {
                    out.add(vault.keep(line));
                }
            } else if (FENCE_OPEN.matcher(line).matches()) {
                fence = Fence.openedBy(line);
            } else if (SETEXT_UNDERLINE.matcher(line).matches() && !out.isEmpty()
                    && !SpeakableText.isBlank(out.get(out.size() - 1))) {
                out.set(out.size() - 1, endSentence(out.get(out.size() - 1)));
            } else if (!RULE.matcher(line).matches() && !LINK_DEFINITION.matcher(line).matches()) {
                out.add(stripLine(line));
            }
        }
        return String.join("\n", out);
    }

    private static String stripLine(String line) {
        Matcher quote = QUOTE_MARKERS.matcher(line);
        String rest = quote.lookingAt() ? line.substring(quote.end()) : line;
        if (RULE.matcher(rest).matches()) {
            return "";
        }
        Matcher heading = HEADING.matcher(rest);
        if (heading.matches()) {
            return endSentence(heading.group(1) == null ? "" : heading.group(1));
        }
        Matcher item = LIST_ITEM.matcher(rest);
        if (item.matches()) {
            return endSentence(item.group(1));
        }
        return HARD_BREAK.matcher(rest).replaceFirst("");
    }

    /**
     * Headings and list items are read as sentences of their own; without a full stop the voice would
     * run "Introduction" straight into the next line and the captions would join them in one cue.
     */
    private static String endSentence(String content) {
        String text = SpeakableText.trim(content);
        String beforeClosers = TRAILING_CLOSERS.matcher(text).replaceFirst("");
        if (beforeClosers.isEmpty()) {
            return text;
        }
        int last = beforeClosers.codePointBefore(beforeClosers.length());
        return SENTENCE_ENDS.indexOf(last) >= 0 ? text : text + ".";
    }

    /** An open code fence: ends at a line of at least as many of the same fence characters. */
    private record Fence(char mark, int length) {

        static Fence openedBy(String line) {
            String fence = line.strip();
            int length = 0;
            while (length < fence.length() && fence.charAt(length) == fence.charAt(0)) {
                length++;
            }
            return new Fence(fence.charAt(0), length);
        }

        boolean closedBy(String line) {
            if (!FENCE_CLOSE.matcher(line).matches()) {
                return false;
            }
            String fence = line.strip();
            return fence.charAt(0) == mark && fence.chars().filter(c -> c == mark).count() >= length;
        }
    }
}
