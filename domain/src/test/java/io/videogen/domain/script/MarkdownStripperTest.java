package io.videogen.domain.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownStripperTest {

    private static String strip(String markdown) {
        return MarkdownStripper.strip(markdown);
    }

    @Test
    void dropsHeadingMarksAndReadsTheHeadingAsASentence() {
        assertThat(strip("# Welcome\nLet us begin.")).isEqualTo("Welcome. Let us begin.");
        assertThat(strip("### Why it matters? ###")).isEqualTo("Why it matters?");
        assertThat(strip("Title\n=====\nBody")).isEqualTo("Title. Body");
    }

    @Test
    void keepsHashtagsAndSharpSignsThatAreNotHeadings() {
        assertThat(strip("#hashtag in C#")).isEqualTo("#hashtag in C#");
    }

    @Test
    void stripsEmphasisButKeepsTheWords() {
        assertThat(strip("*one* **two** _three_ __four__ ~~five~~ ***six***"))
                .isEqualTo("one two three four five six");
        assertThat(strip("**bold with *italic* inside**")).isEqualTo("bold with italic inside");
    }

    @Test
    void keepsMarksThatAreNotEmphasis() {
        assertThat(strip("a lone * star, 2*3*4 and snake_case_name"))
                .isEqualTo("a lone * star, 2*3*4 and snake_case_name");
        assertThat(strip("\\*literal stars\\*")).isEqualTo("*literal stars*");
    }

    @Test
    void stripsMarkdownLinksButKeepsTheirText() {
        assertThat(strip("Read [the guide](https://example.com/a_(b) \"Guide\") first."))
                .isEqualTo("Read the guide first.");
        assertThat(strip("See [the FAQ][faq].\n[faq]: https://example.com/faq"))
                .isEqualTo("See the FAQ.");
    }

    @Test
    void replacesImagesByTheirAltText() {
        assertThat(strip("A ![smiling cat](cat.png) and [![build badge](b.svg)](https://ci)"))
                .isEqualTo("A smiling cat and build badge");
    }

    @Test
    void keepsTheAddressOfAnAutolink() {
        assertThat(strip("Visit <https://videogen.io> or write <hi@videogen.io>."))
                .isEqualTo("Visit https://videogen.io or write hi@videogen.io.");
    }

    @Test
    void dropsListMarkersAndReadsEachItemAsASentence() {
        assertThat(strip("- milk\n* eggs\n+ flour\n1. mix\n2) bake!\n- [x] done"))
                .isEqualTo("milk. eggs. flour. mix. bake! done.");
    }

    @Test
    void keepsNumbersThatOpenASentenceRatherThanAList() {
        assertThat(strip("1969. The year of the moon landing.")).isEqualTo("1969. The year of the moon landing.");
    }

    @Test
    void keepsBracketedLabelsThatAreNotLinkDefinitions() {
        assertThat(strip("[Update]: we moved offices.\n[docs]: https://example.com/docs \"Docs\""))
                .isEqualTo("[Update]: we moved offices.");
    }

    @Test
    void leavesAnUnclosedCommentAsText() {
        assertThat(strip("Hello <!-- world")).isEqualTo("Hello <!-- world");
    }

    @Test
    void dropsQuoteMarkersAndRules() {
        assertThat(strip("> wise words\n> > quoted twice\n***\nafter the rule"))
                .isEqualTo("wise words quoted twice after the rule");
    }

    @Test
    void keepsCodeTextWithoutBackticksOrFences() {
        assertThat(strip("Call `render_video()` now.")).isEqualTo("Call render_video() now.");
        assertThat(strip("Type ``a `tick` here``.")).isEqualTo("Type a `tick` here.");
        assertThat(strip("```java\nint x = **y**;\n```\nDone.")).isEqualTo("int x = **y**; Done.");
        assertThat(strip("~~~\n[not](a link)\n~~~")).isEqualTo("[not](a link)");
    }

    @Test
    void dropsHtmlTagsAndCommentsAndDecodesEntities() {
        assertThat(strip("<b>Bold</b> move<br/>next <!-- note to self --> &amp; &lt;b&gt;"))
                .isEqualTo("Bold move next & <b>");
    }

    @Test
    void collapsesWhitespaceAndDropsControlCharacters() {
        assertThat(strip("  many \t spaces\u00a0and\u2003kinds \r\n of\u0007 breaks  "))
                .isEqualTo("many spaces and kinds of breaks");
    }

    @Test
    void leavesPlainTextAlone() {
        String plain = "Plain text, with punctuation: 3.5 apples; (maybe) \"quoted\" — and émojis 🎬 too!";
        assertThat(strip(plain)).isEqualTo(plain);
    }
}
