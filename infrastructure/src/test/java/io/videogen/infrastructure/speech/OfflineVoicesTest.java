package io.videogen.infrastructure.speech;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.port.out.SpeechClip;
import io.videogen.application.port.out.VoiceDescription;
import io.videogen.application.service.VoiceSamples;
import io.videogen.domain.media.Voice;
import io.videogen.domain.speech.WordTiming;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every listed offline voice, in its own language: speaks, starts at once, and times each word. */
class OfflineVoicesTest {

    private static final OfflineSpeech SPEECH = new OfflineSpeech();

    @TempDir
    Path folder;

    static Stream<VoiceDescription> voices() {
        return SPEECH.voices().stream();
    }

    @Test
    void listsTwoEnglishVoicesAFemaleAndAMaleEachWithLanguageAndGender() {
        List<VoiceDescription> english = SPEECH.voices().stream().filter(v -> v.language().startsWith("en-")).toList();

        assertThat(english).extracting(VoiceDescription::gender).contains("female", "male");
        assertThat(SPEECH.voices()).allSatisfy(voice -> {
            assertThat(voice.language()).matches("[a-z]{2}-[A-Z]{2}");
            assertThat(voice.gender()).isIn("female", "male");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("voices")
    void speaksItsLanguageStartingAtOnceWithEveryWordTimed(VoiceDescription listed) {
        String sentence = VoiceSamples.sentence(listed.language());
        Voice voice = new Voice(listed.id(), listed.language(), 1.0);

        SpeechClip clip = SPEECH.synthesize(sentence, voice, folder.resolve("sample.wav"));

        List<WordTiming> words = clip.words();
        assertThat(words).hasSize(SpokenWords.of(sentence).size());
        assertThat(words.get(0).start()).isLessThan(Duration.ofMillis(60));
        Duration previous = Duration.ZERO;
        for (WordTiming word : words) {
            assertThat(word.start()).as(word.word()).isGreaterThanOrEqualTo(previous);
            assertThat(word.end()).as(word.word()).isLessThanOrEqualTo(clip.duration());
            previous = word.start();
        }
        assertThat(clip.duration()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(12));
    }

    @Test
    void aWrittenPauseIsSilenceBetweenTheWordsAroundIt() {
        Voice voice = Voice.defaults();

        SpeechClip clip = SPEECH.synthesize("First part. [pause 800ms] Second part.", voice, folder.resolve("p.wav"));

        List<WordTiming> words = clip.words();
        assertThat(words).extracting(WordTiming::word).containsExactly("First", "part", "Second", "part");
        Duration gap = words.get(2).start().minus(words.get(1).end());
        assertThat(gap).isBetween(Duration.ofMillis(800), Duration.ofMillis(900));
    }
}
