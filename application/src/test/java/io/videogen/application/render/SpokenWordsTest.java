package io.videogen.application.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.port.out.SpeechClip;
import io.videogen.domain.speech.WordTiming;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenWordsTest {

    private static final Duration OFFSET = Duration.ofMillis(300);

    @Test
    void shownWordsTakeTheTimesOfTheWordsTheVoiceSaid() {
        SpeechClip clip = clip(2000, word("welcome", 200, 700), word("to", 700, 850), word("videogen", 850, 1600));

        List<CaptionWord> words = SpokenWords.of(List.of("Welcome to", "videogen."), 2, clip, OFFSET);

        assertThat(words).extracting(CaptionWord::text).containsExactly("Welcome", "to", "videogen.");
        assertThat(words).extracting(w -> w.start().toMillis()).containsExactly(500L, 1000L, 1150L);
        assertThat(words).extracting(w -> w.end().toMillis()).containsExactly(1000L, 1150L, 1900L);
        assertThat(words).extracting(CaptionWord::caption).containsOnly(2);
        assertThat(words).extracting(CaptionWord::index).containsExactly(0, 1, 2);
    }

    @Test
    void aShownWordTheVoiceSaidAsOthersTakesTheirTime() {
        // a voice that does not merge "42" back: it says "forty two"
        SpeechClip clip = clip(2000, word("it", 0, 100), word("is", 100, 200), word("forty", 200, 500),
                word("two", 500, 800), word("now", 800, 1000));

        List<CaptionWord> words = SpokenWords.of(List.of("It is 42 now"), 0, clip, Duration.ZERO);

        assertThat(words.get(2).text()).isEqualTo("42");
        assertThat(words.get(2).start().toMillis()).isEqualTo(200);
        assertThat(words.get(2).end().toMillis()).isEqualTo(800);
        assertThat(words.get(3).start().toMillis()).isEqualTo(800);
    }

    @Test
    void aShownWordThatIsNotSpokenSitsBetweenItsNeighbours() {
        SpeechClip clip = clip(1500, word("one", 100, 400), word("introduction", 600, 1400));

        List<CaptionWord> words = SpokenWords.of(List.of("One - Introduction"), 0, clip, Duration.ZERO);

        assertThat(words.get(1).start().toMillis()).isEqualTo(400);
        assertThat(words.get(1).end().toMillis()).isEqualTo(600);
        assertThat(words.get(2).start().toMillis()).isEqualTo(600);
    }

    @Test
    void withoutWordTimingsTheClipIsSharedByLength() {
        SpeechClip clip = clip(1200);

        List<CaptionWord> words = SpokenWords.of(List.of("aa bbbbb"), 0, clip, OFFSET);

        // "aa" counts 3, "bbbbb" 6 (each with its space)
        assertThat(words).extracting(w -> w.start().toMillis()).containsExactly(300L, 700L);
        assertThat(words.get(1).end().toMillis()).isEqualTo(1500);
    }

    @Test
    void wordsAreInOrderAndNeverEndBeforeTheyStartWhateverTheVoiceSaid() {
        SpeechClip clip = clip(900, word("b", 500, 550), word("zzz", 600, 900), word("a", 100, 200));

        List<CaptionWord> words = SpokenWords.of(List.of("a b c"), 0, clip, Duration.ZERO);

        assertThat(words).allSatisfy(w -> assertThat(w.end()).isGreaterThanOrEqualTo(w.start()));
        assertThat(words).extracting(CaptionWord::text).containsExactly("a", "b", "c");
    }

    private static WordTiming word(String text, long from, long to) {
        return new WordTiming(text, Duration.ofMillis(from), Duration.ofMillis(to));
    }

    private static SpeechClip clip(long millis, WordTiming... words) {
        return new SpeechClip(Path.of("clip.wav"), Duration.ofMillis(millis), new ArrayList<>(List.of(words)), List.of());
    }
}
