package io.videogen.domain.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class ScriptParserPropertyTest {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern UNICODE_WHITESPACE = Pattern.compile("(?U)\\s");

    @Property
    void noWordIsLostBetweenSpokenTextAndCues(@ForAll("realisticScripts") String script,
                                              @ForAll("configs") ScriptConfig config) {
        for (SceneText scene : new ScriptParser(config).parse(script)) {
            List<String> cueWords = scene.cues().stream()
                    .flatMap(cue -> cue.lines().stream())
                    .flatMap(line -> words(line).stream())
                    .toList();
            assertThat(cueWords).isEqualTo(words(scene.spokenText()));
        }
    }

    @Property
    void everyCueShowsWordsWithinTheLineLimits(@ForAll("realisticScripts") String script,
                                               @ForAll("configs") ScriptConfig config) {
        for (SceneText scene : new ScriptParser(config).parse(script)) {
            assertCuesRespectLimits(scene, config);
        }
    }

    @Property
    void cuesAreNumberedInOrderAndSayTheSpokenText(@ForAll("realisticScripts") String script,
                                                   @ForAll("configs") ScriptConfig config) {
        for (SceneText scene : new ScriptParser(config).parse(script)) {
            assertCuesFollowTheSpokenText(scene);
        }
    }

    @Property
    void plainWordsComeThroughUnchanged(@ForAll("plainWords") List<String> words,
                                        @ForAll("configs") ScriptConfig config) {
        SceneText scene = new ScriptParser(config).parseScene(String.join(" \t", words));
        assertThat(scene.spokenText()).isEqualTo(String.join(" ", words));
        assertCuesRespectLimits(scene, config);
    }

    @Property
    void parsesAnyUnicodeWithoutThrowing(@ForAll("anyUnicode") String script,
                                         @ForAll("configs") ScriptConfig config) {
        ScriptParser parser = new ScriptParser(config);
        for (SceneText scene : parser.parse(script)) {
            assertThat(scene.spokenText()).isNotEmpty();
            assertSpokenTextIsNormalised(scene.spokenText());
            assertCuesRespectLimits(scene, config);
            assertCuesFollowTheSpokenText(scene);
        }
        SceneText whole = parser.parseScene(script);
        assertSpokenTextIsNormalised(whole.spokenText());
        assertCuesFollowTheSpokenText(whole);
    }

    @Property
    void stripsAnyUnicodeToNormalisedText(@ForAll("anyUnicode") String markdown) {
        assertSpokenTextIsNormalised(MarkdownStripper.strip(markdown));
    }

    private static void assertCuesRespectLimits(SceneText scene, ScriptConfig config) {
        for (CaptionCue cue : scene.cues()) {
            assertThat(cue.lines()).isNotEmpty().hasSizeLessThanOrEqualTo(config.captionMaxLines());
            for (String line : cue.lines()) {
                assertThat(line).isNotBlank().doesNotStartWith(" ").doesNotEndWith(" ");
                boolean fits = line.codePointCount(0, line.length()) <= config.captionLineLength();
                boolean singleLongWord = words(line).size() == 1;
                assertThat(fits || singleLongWord)
                        .as("line '%s' is longer than %d and is not a single word", line, config.captionLineLength())
                        .isTrue();
            }
        }
    }

    private static void assertCuesFollowTheSpokenText(SceneText scene) {
        for (int i = 0; i < scene.cues().size(); i++) {
            assertThat(scene.cues().get(i).index()).isEqualTo(i);
        }
        assertThat(String.join(" ", scene.cues().stream().map(CaptionCue::text).toList()))
                .isEqualTo(scene.spokenText());
    }

    private static void assertSpokenTextIsNormalised(String spoken) {
        assertThat(spoken).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
        assertThat(UNICODE_WHITESPACE.matcher(spoken.replace(' ', 'x')).find()).isFalse();
        assertThat(spoken.chars().noneMatch(c -> Character.isISOControl(c))).isTrue();
    }

    private static List<String> words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(WHITESPACE.split(trimmed));
    }

    @Provide
    Arbitrary<ScriptConfig> configs() {
        return Combinators.combine(
                        Arbitraries.integers().between(ScriptConfig.MIN_CAPTION_LINE_LENGTH,
                                ScriptConfig.MAX_CAPTION_LINE_LENGTH),
                        Arbitraries.integers().between(ScriptConfig.MIN_CAPTION_LINES, ScriptConfig.MAX_CAPTION_LINES))
                .as((length, lines) -> new ScriptConfig(150, Duration.ofMillis(400), length, lines));
    }

    @Provide
    Arbitrary<List<String>> plainWords() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(20).ofMaxLength(120)));
        return word.list().ofMaxSize(80);
    }

    /** Scripts as people write them: words, punctuation, abbreviations and the usual markdown marks. */
    @Provide
    Arbitrary<String> realisticScripts() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.of("the", "video", "shows", "a", "new", "feature", "we", "built", "for",
                        "you", "Today", "It", "is", "really", "fast", "and", "simple", "to", "use", "I")),
                Tuple.of(3, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)),
                Tuple.of(2, Arbitraries.of("Dr.", "Mr.", "e.g.", "i.e.", "vs.", "3.5", "J.", "U.S.", "snake_case",
                        "2*3", "C#", "#tag", "example.com", "it's", "co-op", "…", "—", "🎬", "naïve", "日本語")),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(15).ofMaxLength(100)));
        Arbitrary<String> token = Combinators.combine(word, Arbitraries.of(
                        "%s", "%s", "%s", "%s", "%s", "%s.", "%s,", "%s!", "%s?", "%s…", "%s:", "\"%s.\"", "(%s.)",
                        "*%s*", "**%s**", "_%s_", "__%s__", "~~%s~~", "`%s`", "[%s](https://x.io/%s)",
                        "![%s](pic.png)", "<b>%s</b>", "<https://x.io/%s>", "%s<br>", "\\*%s\\*", "&amp;%s"))
                .as((text, template) -> template.replace("%s", text));
        Arbitrary<String> line = Combinators.combine(
                        Arbitraries.of("", "", "", "", "# ", "## ", "- ", "* ", "+ ", "1. ", "> ", "> - ", "  "),
                        token.list().ofMaxSize(25))
                .as((prefix, tokens) -> prefix + String.join(" ", tokens));
        Arbitrary<String> anyLine = Arbitraries.frequencyOf(
                Tuple.of(12, line),
                Tuple.of(2, Arbitraries.of("", "   ", "---", " --- ")),
                Tuple.of(1, Arbitraries.of("```", "```java", "***", "===", "[ref]: https://x.io", "<!-- note -->")));
        return Combinators.combine(anyLine.list().ofMaxSize(12), Arbitraries.of("\n", "\r\n", "\r"))
                .as((lines, newline) -> String.join(newline, lines));
    }

    /**
     * Anything at all: lone surrogate halves, control characters, right-to-left text and marks, emoji
     * sequences, markdown fragments and the noncharacters the stripper uses internally.
     */
    @Provide
    Arbitrary<String> anyUnicode() {
        Arbitrary<String> codePoint = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .map(value -> new String(Character.toChars(value)));
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(6)),
                Tuple.of(3, codePoint),
                Tuple.of(3, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)),
                Tuple.of(2, Arbitraries.of("🎬", "👩‍👩‍👧", "🇩🇪", "👍🏽", "שלום", "مرحبا", "\u202E", "\u200F", "\u200B",
                        "\u0000", "\u0007", "\u001C", "\u007F", "\u0085", "\u2028", "\u00A0", "\u3000", "e\u0301",
                        "\r\n", "\r", "\n", "\n\n", "\t", "\uD800", "\uDFFF", "\uFDD0", "\uFDD00\uFDD0", "\uFFFF")),
                Tuple.of(4, Arbitraries.of("*", "**", "***", "_", "__", "~~", "`", "``", "```", "~~~", "#", "# ",
                        "- ", "> ", "1. ", "[", "]", "](", "(", ")", "![", "<", ">", "</", "<b>", "<!--", "-->",
                        "{{", "}}", "\\", "&amp;", "&#", "&#x1F3AC;", "&#0;", ".", "!", "?", "…", "Dr.", " ", "  ",
                        "---", "===")));
        return piece.list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }
}
