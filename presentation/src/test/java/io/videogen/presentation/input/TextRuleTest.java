package io.videogen.presentation.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"Plain words.", "Tab\tand\nlines\r\n", "Ünïcödé, 日本語 and 🎬", ""})
    void textWithPrintableCharactersTabsLineBreaksAndWholeEmojiKeepsTheRule(String text) {
        assertThat(TextRule.violation(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0007b", "\u001b[31mred", "del\u007f", "c1\u0085", "\u000b", "\u000c"})
    void controlCharactersOtherThanTabAndLineBreaksBreakIt(String text) {
        assertThat(TextRule.violation(text)).get().asString().contains("control character U+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud83d", "a\udc00b", "\udc00\ud83d", "end\ud800"})
    void unpairedSurrogatesBreakIt(String text) {
        assertThat(TextRule.violation(text)).get().asString().contains("surrogate pair");
    }
}
