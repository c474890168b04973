package io.videogen.domain.script;

import java.util.Objects;

/**
 * Turns markdown into the plain text a narrator reads aloud: marks go, the words they mark stay.
 *
 * <ul>
 *   <li>headings, list markers ({@code - * + 1. 1)}, numbers up to three digits), quote markers, rules,
 *       link definitions and code fences are dropped; a heading or list item that does not end in
 *       punctuation gets a full stop, so it is read as a sentence of its own;</li>
 *   <li>emphasis marks ({@code *x*}, {@code **x**}, {@code _x_}, {@code __x__}, {@code ~~x~~}) are dropped,
 *       but a mark touching a letter or digit is kept, so {@code snake_case} and {@code 2*3} stay whole;</li>
 *   <li>code keeps its text and loses its backticks; nothing inside code is treated as markup;</li>
 *   <li>{@code [text](url)} becomes its text, {@code ![alt](url)} its alt text, HTML tags and comments go;</li>
 *   <li>an autolink {@code <https://…>} keeps its address: dropping it would leave "visit for details";</li>
 *   <li>white space is collapsed to single spaces, control characters are removed.</li>
 * </ul>
 *
 * <p>Any string is accepted; text that only looks like markup is left as it is.
 */
public final class MarkdownStripper {

    private MarkdownStripper() {
    }

    public static String strip(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        String text = LiteralVault.withoutNoncharacters(markdown.replace("\r\n", "\n").replace('\r', '\n'));
        LiteralVault vault = new LiteralVault();
        text = MarkdownBlocks.strip(text, vault);
        text = InlineMarkup.strip(text, vault);
        return SpeakableText.normalise(vault.restore(text));
    }
}
