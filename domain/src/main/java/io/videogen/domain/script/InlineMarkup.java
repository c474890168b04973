package io.videogen.domain.script;

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
    private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");

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

    // A mark next to a letter or digit is not emphasis (snake_case, 2*3*4): keeping it keeps the word.
    private static final Pattern STARS = emphasis("\\*", "{1,3}");
    private static final Pattern UNDERSCORES = emphasis("_", "{1,3}");
    private static final Pattern TILDES = emphasis("~", "{2}");
    private static final int EMPHASIS_NESTING = 3;

    private InlineMarkup() {
    }

    static String strip(String text, LiteralVault vault) {
        String out = replace(CODE_SPAN, text, code -> vault.keep(code.group(2).replace('\n', ' ')));
        out = replace(ESCAPE, out, escaped -> vault.keep(escaped.group(1)));
        out = replace(ENTITY, out, entity -> decode(entity, vault));
        out = replace(HTML_COMMENT, out, comment -> " ");
        out = replace(IMAGE, out, image -> image.group(1));
        out = replace(LINK, out, link -> link.group(1));
        out = replace(AUTOLINK, out, autolink -> autolink.group(1));
        out = replace(HTML_TAG, out,
                tag -> BREAKING_TAGS.contains(tag.group(1).toLowerCase(Locale.ROOT)) ? " " : "");
        for (int depth = 0; depth < EMPHASIS_NESTING; depth++) {
            String before = out;
            out = replace(STARS, out, emphasised -> emphasised.group(2));
            out = replace(UNDERSCORES, out, emphasised -> emphasised.group(2));
            out = replace(TILDES, out, emphasised -> emphasised.group(2));
            if (out.equals(before)) {
                break;
            }
        }
        return out;
    }

    private static Pattern emphasis(String mark, String count) {
        String notWordOrMark = "(?<![\\p{L}\\p{N}" + mark + "])";
        return Pattern.compile("(?s)" + notWordOrMark + "(" + mark + count + ")(?=[^\\s" + mark + "])"
                + "(.+?)(?<=[^\\s" + mark + "])\\1(?![\\p{L}\\p{N}" + mark + "])");
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
