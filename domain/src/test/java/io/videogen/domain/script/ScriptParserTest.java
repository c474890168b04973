package io.videogen.domain.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptParserTest {

    private final ScriptParser parser = new ScriptParser(ScriptConfig.defaults());

    private static ScriptParser parserWith(int lineLength, int maxLines) {
        return new ScriptParser(new ScriptConfig(150, Duration.ZERO, lineLength, maxLines));
    }

    private static List<String> cueTexts(SceneText scene) {
        return scene.cues().stream().map(CaptionCue::text).toList();
    }

    @Test
    void splitsScenesOnBlankLines() {
        assertThat(parser.splitScenes("First scene.\nStill first.\n\nSecond scene.\n \t \nThird."))
                .containsExactly("First scene.\nStill first.", "Second scene.", "Third.");
    }

    @Test
    void splitsScenesOnDashRuleLines() {
        assertThat(parser.splitScenes("One.\n---\nTwo.\n   ---  \nThree."))
                .containsExactly("One.", "Two.", "Three.");
    }

    @Test
    void keepsDashesThatAreNotAWholeLineInTheScene() {
        assertThat(parser.splitScenes("A -- B\n----\nC --- D")).containsExactly("A -- B\n----\nC --- D");
    }

    @Test
    void handlesWindowsAndOldMacNewlines() {
        assertThat(parser.splitScenes("One.\r\nStill one.\r\n\r\nTwo.\r\rThree.\r---\rFour."))
                .containsExactly("One.\nStill one.", "Two.", "Three.", "Four.");
    }

    @Test
    void dropsEmptyScenes() {
        assertThat(parser.splitScenes("\n\n---\n---\n\nOnly.\n\n\n---\n")).containsExactly("Only.");
        assertThat(parser.splitScenes("")).isEmpty();
    }

    @Test
    void parseDropsScenesThatHaveNothingToSay() {
        List<SceneText> scenes = parser.parse("# Intro\n\n***\n\n<br>\n\nBody text.");
        assertThat(scenes).extracting(SceneText::spokenText).containsExactly("Intro.", "Body text.");
    }

    @Test
    void cutsCuesAtSentenceEnds() {
        SceneText scene = parser.parseScene("Hello there! How are you? I am fine. \"Great.\" (Indeed.) Bye…");
        assertThat(cueTexts(scene))
                .containsExactly("Hello there!", "How are you?", "I am fine.", "\"Great.\"", "(Indeed.)", "Bye…");
        assertThat(scene.cues()).extracting(CaptionCue::index).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void doesNotCutAfterAbbreviationsDecimalsOrInitials() {
        SceneText scene = parser.parseScene("Dr. Who met Mr. Smith. It costs 3.5 dollars, e.g. today. J. R. R. Tolkien wrote.");
        assertThat(cueTexts(scene))
                .containsExactly("Dr. Who met Mr. Smith.", "It costs 3.5 dollars, e.g. today.", "J. R. R. Tolkien wrote.");
    }

    @Test
    void stripsMarkdownFromTheSpokenText() {
        SceneText scene = parser.parseScene("## The **big** idea\nRead [our docs](https://x.io) and `run_it`.");
        assertThat(scene.spokenText()).isEqualTo("The big idea. Read our docs and run_it.");
        assertThat(cueTexts(scene)).containsExactly("The big idea.", "Read our docs and run_it.");
    }

    @Test
    void wrapsALongSentenceIntoSeveralCuesWithinTheLineLength() {
        String sentence = "This sentence is much too long to be shown as one caption, so it has to be cut into"
                + " a few cues that each fit on two lines of at most forty two characters.";
        SceneText scene = parser.parseScene(sentence);
        assertThat(scene.cues()).hasSizeGreaterThan(1);
        assertThat(scene.cues()).allSatisfy(cue -> {
            assertThat(cue.lines()).hasSizeBetween(1, 2);
            assertThat(cue.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(42));
        });
        assertThat(String.join(" ", cueTexts(scene))).isEqualTo(sentence);
    }

    @Test
    void keepsAShortSentenceOnOneLine() {
        assertThat(parser.parseScene("Short and sweet.").cues())
                .containsExactly(new CaptionCue(0, List.of("Short and sweet.")));
    }

    @Test
    void balancesTheLinesOfACue() {
        SceneText scene = parser.parseScene("Balanced captions are easier to read than ragged ones.");
        assertThat(scene.cues()).singleElement().extracting(CaptionCue::lines)
                .isEqualTo(List.of("Balanced captions are easier", "to read than ragged ones."));
    }

    @Test
    void putsAWordLongerThanALineOnALineOfItsOwnUncut() {
        String longWord = "Pneumonoultramicroscopicsilicovolcanoconiosis";
        SceneText scene = parserWith(20, 2).parseScene("The word " + longWord + " is long.");
        assertThat(scene.cues()).flatExtracting(CaptionCue::lines).contains(longWord);
        assertThat(scene.cues()).flatExtracting(CaptionCue::lines)
                .allSatisfy(line -> assertThat(line.length() <= 20 || line.equals(longWord)).isTrue());
    }

    @Test
    void measuresLinesInCharactersNotUtf16Units() {
        String emojis = "🎬🎬🎬🎬🎬🎬🎬🎬🎬🎬 🎬🎬🎬🎬🎬🎬🎬🎬🎬🎬";
        assertThat(parserWith(21, 1).parseScene(emojis).cues()).singleElement()
                .extracting(CaptionCue::lines).isEqualTo(List.of(emojis));
    }

    @Test
    void usesOneLinePerCueWhenConfiguredSo() {
        SceneText scene = parserWith(20, 1).parseScene("One line per cue makes many small cues here.");
        assertThat(scene.cues()).allSatisfy(cue -> assertThat(cue.lines()).hasSize(1));
        assertThat(cueTexts(scene)).containsExactly("One line per cue", "makes many small", "cues here.");
    }

    @Test
    void givesAnEmptySceneForTextWithoutWords() {
        SceneText scene = parser.parseScene("***\n<br>\n<!-- a comment -->\n> ");
        assertThat(scene.spokenText()).isEmpty();
        assertThat(scene.cues()).isEmpty();
        assertThat(parser.parseScene("").cues()).isEmpty();
        assertThat(parser.parseScene(" \n\t").isEmpty()).isTrue();
    }

    @Test
    void parsesPathologicalMarkupInLinearTime() {
        List<String> units = List.of("*a ", "**a ", "_a ", "~~a ", "`", "``a", "[a](", "<a b=", "<!--", "> ", "\\",
                "[x]: a.b", "a ");
        assertTimeout(Duration.ofSeconds(10), () -> {
            for (String unit : units) {
                parser.parse(unit.repeat(60_000 / unit.length()));
            }
        });
    }

    @Test
    void refusesNullButNothingElse() {
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parser.parseScene(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(parser.parse("\u0000\uD800 \u202Eשלום\u202C 👩‍👩‍👧 [](<>) ``` *_~")).isNotNull();
    }

    @Test
    void aWrittenPauseIsSilenceBeforeTheNextCueAndNeverACaption() {
        SceneText scene = new ScriptParser(ScriptConfig.defaults())
                .parseScene("Welcome to the **demo**. [pause 500ms] Here is how it works.");

        assertThat(scene.cues()).extracting(CaptionCue::text)
                .containsExactly("Welcome to the demo.", "Here is how it works.");
        assertThat(scene.cues()).extracting(CaptionCue::pauseBefore)
                .containsExactly(java.time.Duration.ZERO, java.time.Duration.ofMillis(500));
        assertThat(scene.spokenText()).contains("[pause 500ms]");
    }
}
