package io.videogen.application.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.port.out.VideoComposer.TimedCaption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubtitlesTest {

    private static final Subtitles.Cue CUE = new Subtitles.Cue(
            new TimedCaption(List.of("Hello <big>", "world"), Duration.ofMillis(1000), Duration.ofMillis(2500)),
            List.of(word("Hello", 1100, 1400, 0), word("<big>", 1400, 1800, 1), word("world", 1800, 2300, 2)));

    @Test
    void webVttCarriesEachWordsStartAsAnInlineTimestamp() {
        assertThat(Subtitles.vtt(List.of(CUE))).isEqualTo("""
                WEBVTT

                00:00:01.000 --> 00:00:02.500
                Hello <00:00:01.400>&lt;big&gt;
                <00:00:01.800>world

                """);
    }

    @Test
    void aTimestampOutsideItsCueOrOutOfOrderIsLeftOut() {
        Subtitles.Cue late = new Subtitles.Cue(
                new TimedCaption(List.of("a b c"), Duration.ofMillis(1000), Duration.ofMillis(2000)),
                List.of(word("a", 900, 1000, 0), word("b", 1000, 1500, 1), word("c", 2000, 2100, 2)));

        assertThat(Subtitles.vtt(List.of(late))).contains("\na b c\n");
    }

    @Test
    void captionsJsonListsEveryWordWithItsTimesAndScene() {
        String json = Subtitles.json("en", List.of(new Subtitles.SceneWord(word("say \"hi\"", 1100, 1400, 0), 0),
                new Subtitles.SceneWord(word("bye", 5000, 5600, 0), 1)));

        assertThat(json).isEqualTo("""
                {"language":"en","words":[
                {"text":"say \\"hi\\"","startMs":1100,"endMs":1400,"scene":0},
                {"text":"bye","startMs":5000,"endMs":5600,"scene":1}
                ]}
                """);
    }

    @Test
    void subRipKeepsItsLines() {
        assertThat(Subtitles.srt(List.of(CUE))).isEqualTo("1\n00:00:01,000 --> 00:00:02,500\nHello <big>\nworld\n\n");
    }

    private static CaptionWord word(String text, long from, long to, int index) {
        return new CaptionWord(text, Duration.ofMillis(from), Duration.ofMillis(to), 0, index);
    }
}
