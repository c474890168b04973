package io.videogen.domain.script;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The in-line half of markdown stripping: code spans, escapes, entities, links, images, autolinks,
 * HTML tags and emphasis. Every rule removes marks only; the words between them stay.
 */
final class InlineMarkup {

    private static final Pattern CODE_SPAN = Pattern.compile("(?s)(?<!`)(`+)(?!`)(.+?)(?<!`)\\1(?!`)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));");
    private static final Map<String, String> NAMED_ENTITIES = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");
    private static final String COMMENT_START = "<!--";
    private static final String COMMENT_END = "-->";

    private static final String TEXT = "\\[((?:[^\\[\\]]|\\[[^\\[\\]]*\\])*)\\]";
    private static final String DESTINATION = "\\(\\s*(?:<[^<>\\n]*>|(?:[^()\\s]|\\([^()\\s]*\\))*)"
            + "(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^()]*\\)))?\\s*\\)";
    private static final String REFERENCE = "\\[[^\\[\\]]*\\]";
    private static final Pattern IMAGE = Pattern.compile("!" + TEXT + "(?:" + DESTINATION + "|" + REFERENCE + ")");
    private static final Pattern LINK = Pattern.compile(TEXT + "(?:" + DESTINATION + "|" + REFERENCE + ")");

    private static final Pattern AUTOLINK = Pattern.compile(
            "<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\s]*|[^<>\\s@]+@[^<>\\s@]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)"
            + "(?:\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*\\s*/?>");
    private static final Set<String> BREAKING_TAGS = Set.of(
            "br", "p", "div", "li", "ul", "ol", "hr", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6");

    private static final List<EmphasisMarks> EMPHASIS = List.of(
            new EmphasisMarks('*', 1, 3), new EmphasisMarks('_', 1, 3), new EmphasisMarks('~', 2, 2));
    private static final int EMPHASIS_NESTING = 3;

    private InlineMarkup() {
    }

    static String strip(String text, LiteralVault vault) {
        String out = replace(CODE_SPAN, text, code -> vault.keep(code.group(2).replace('\n', ' ')));
        out = replace(ESCAPE, out, escaped -> vault.keep(escaped.group(1)));
        out = replace(ENTITY, out, entity -> decode(entity, vault));
        out = withoutComments(out);
        out = replace(IMAGE, out, image -> image.group(1));
        out = replace(LINK, out, link -> link.group(1));
        out = replace(AUTOLINK, out, autolink -> autolink.group(1));
        out = replace(HTML_TAG, out,
                tag -> BREAKING_TAGS.contains(tag.group(1).toLowerCase(Locale.ROOT)) ? " " : "");
        for (int depth = 0; depth < EMPHASIS_NESTING; depth++) {
            String before = out;
            for (EmphasisMarks marks : EMPHASIS) {
                out = marks.strip(out);
            }
            if (out.equals(before)) {
                break;
            }
        }
        return out;
    }

    /** An unclosed comment is left as text: hiding the rest of the scene would lose its words. */
    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int start = text.indexOf(COMMENT_START);
        while (start >= 0) {
            int end = text.indexOf(COMMENT_END, start + COMMENT_START.length());
            if (end < 0) {
                break;
            }
            out.append(text, copied, start).append(' ');
            copied = end + COMMENT_END.length();
            start = text.indexOf(COMMENT_START, copied);
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Decoded entities go to the vault so that {@code &lt;b&gt;} is read as text, not taken for a tag. */
    private static String decode(MatchResult entity, LiteralVault vault) {
        String decoded;
        if (entity.group(3) != null) {
            decoded = NAMED_ENTITIES.get(entity.group(3).toLowerCase(Locale.ROOT));
        } else {
            int codePoint = entity.group(1) != null
                    ? Integer.parseInt(entity.group(1)) : Integer.parseInt(entity.group(2), 16);
            decoded = codePoint > 0 && Character.isValidCodePoint(codePoint)
                    ? new String(Character.toChars(codePoint)) : null;
        }
        return decoded == null ? entity.group() : vault.keep(decoded);
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> replacement) {
        return pattern.matcher(text).replaceAll(found -> Matcher.quoteReplacement(replacement.apply(found)));
    }
}
