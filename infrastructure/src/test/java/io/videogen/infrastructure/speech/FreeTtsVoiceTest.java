package io.videogen.infrastructure.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.domain.speech.PhonemeTiming;
import io.videogen.domain.speech.WordTiming;
import io.videogen.domain.media.Voice;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FreeTTS's Kevin through the offline speech adapter. */
class FreeTtsVoiceTest {

    private static final String SIXTEEN_WORDS =
            "Welcome to our short video about the friendly robots that help people build better things together";
    // One synthesiser for the class, as in production: the voice loads once.
    private static final OfflineSpeech SYNTHESIZER = new OfflineSpeech();
    private static final Voice KEVIN = new Voice(FreeTtsEngine.KEVIN.id(), "en-US", 1.0);

    @TempDir
    Path folder;

    @Test
    void offersKevinBesideTheDefaultVoice() {
        assertThat(SYNTHESIZER.voices()).anySatisfy(voice -> {
            assertThat(voice.id()).isEqualTo("en-US-kevin");
            assertThat(voice.provider()).isEqualTo("offline");
            assertThat(voice.language()).isEqualTo("en-US");
            assertThat(voice.gender()).isEqualTo("male");
        }).anySatisfy(voice -> {
            assertThat(voice.id()).isEqualTo(Voice.DEFAULT_ID);
            assertThat(voice.name()).contains("MaryTTS");
            assertThat(voice.gender()).isEqualTo("female");
        });
    }

    @Test
    void writesA16BitMonoWavWhoseLengthIsTheReportedDuration() throws Exception {
        Path wav = folder.resolve("speech.wav");

        SpeechClip clip = SYNTHESIZER.synthesize(SIXTEEN_WORDS, KEVIN, wav);

        try (AudioInputStream audio = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat format = audio.getFormat();
            assertThat(format.getSampleSizeInBits()).isEqualTo(16);
            assertThat(format.getChannels()).isEqualTo(1);
            assertThat(format.getSampleRate()).isEqualTo(16_000f);
            double seconds = audio.getFrameLength() / format.getFrameRate();
            assertThat(clip.duration().toNanos() / 1e9).isCloseTo(seconds, within(0.001));
        }
        assertThat(clip.wav()).isEqualTo(wav);
    }

    @Test
    void speaksAtRoughlyOneHundredFiftyWordsPerMinute() {
        SpeechClip clip = SYNTHESIZER.synthesize(SIXTEEN_WORDS, KEVIN, folder.resolve("speech.wav"));

        double expectedSeconds = 16 / 150.0 * 60;
        assertThat(clip.duration().toMillis() / 1000.0).isBetween(expectedSeconds * 0.5, expectedSeconds * 1.5);
    }

    @Test
    void timesEveryWordInOrderWithinTheClip() {
        SpeechClip clip = SYNTHESIZER.synthesize("Hello there. " + SIXTEEN_WORDS + ". Goodbye now!",
                KEVIN, folder.resolve("speech.wav"));

        List<WordTiming> words = clip.words();
        assertThat(words).extracting(WordTiming::word)
                .containsExactly(("Hello there " + SIXTEEN_WORDS + " Goodbye now").split(" "));
        assertOrderedWithin(words, clip.duration());
        assertThat(words.get(words.size() - 1).end()).isGreaterThan(clip.duration().multipliedBy(8).dividedBy(10));
    }

    @Test
    void timesWordsAsWrittenKeepingANumberAsOneWord() {
        SpeechClip clip = SYNTHESIZER.synthesize("We sold 42 robots", KEVIN, folder.resolve("speech.wav"));

        assertThat(clip.words()).extracting(WordTiming::word).containsExactly("We", "sold", "42", "robots");
    }

    @Test
    void timesPhonemesInOrderWithinTheClip() {
        SpeechClip clip = SYNTHESIZER.synthesize("Hello world", KEVIN, folder.resolve("speech.wav"));

        assertThat(clip.phonemes()).extracting(PhonemeTiming::phoneme).contains("hh", "ow", "w", "er", "l", "d");
        assertOrderedWithin(clip.phonemes().stream().map(p -> new WordTiming(p.phoneme(), p.start(), p.end())).toList(),
                clip.duration());
    }

    @Test
    void doubleSpeedRoughlyHalvesTheDuration() {
        SpeechClip normal = SYNTHESIZER.synthesize(SIXTEEN_WORDS, KEVIN, folder.resolve("normal.wav"));
        SpeechClip fast = SYNTHESIZER.synthesize(SIXTEEN_WORDS, KEVIN.withSpeed(2.0),
                folder.resolve("fast.wav"));

        double ratio = fast.duration().toNanos() / (double) normal.duration().toNanos();
        assertThat(ratio).isBetween(0.4, 0.6);
    }

    @Test
    void producesAudibleSpeech() throws Exception {
        SpeechClip clip = SYNTHESIZER.synthesize(SIXTEEN_WORDS, KEVIN, folder.resolve("speech.wav"));

        assertThat(rms(clip.wav())).isGreaterThan(0.02);
    }

    @Test
    void saysTextWithTypographicPunctuationAccentsAndEmoji() {
        SpeechClip clip = SYNTHESIZER.synthesize("\u201CCaf\u00E9\u201D \u2014 it\u2019s great \uD83D\uDE00\u2026 na\u00EFve",
                KEVIN, folder.resolve("speech.wav"));

        assertThat(clip.words()).extracting(WordTiming::word).containsExactly("Cafe", "it's", "great", "naive");
    }

    @Test
    void rejectsAnUnknownVoiceNamingItAndTheAvailableOnes() {
        Voice unknown = new Voice("de-DE-hans", "de-DE", 1.0);

        assertThatThrownBy(() -> SYNTHESIZER.synthesize("Hallo", unknown, folder.resolve("speech.wav")))
                .isInstanceOf(RenderStepException.class)
                .hasMessageContaining("de-DE-hans")
                .hasMessageContaining(Voice.DEFAULT_ID)
                .satisfies(e -> assertThat(((RenderStepException) e).retryable()).isFalse());
    }

    @Test
    void rejectsTextWithNothingToSay() {
        assertThatThrownBy(() -> SYNTHESIZER.synthesize("  \n\t ", KEVIN, folder.resolve("speech.wav")))
                .isInstanceOf(RenderStepException.class)
                .hasMessageContaining("nothing to say");
        assertThatThrownBy(() -> SYNTHESIZER.synthesize("\uD83D\uDE00 ...", KEVIN, folder.resolve("speech.wav")))
                .isInstanceOf(RenderStepException.class);
    }

    private static void assertOrderedWithin(List<WordTiming> units, Duration clip) {
        Duration previousEnd = Duration.ZERO;
        for (WordTiming unit : units) {
            assertThat(unit.start()).as(unit.word()).isGreaterThanOrEqualTo(previousEnd).isLessThanOrEqualTo(unit.end());
            assertThat(unit.end()).as(unit.word()).isLessThanOrEqualTo(clip);
            previousEnd = unit.end();
        }
    }

    private static double rms(Path wav) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(wav.toFile())) {
            ByteBuffer samples = ByteBuffer.wrap(audio.readAllBytes()).order(
                    audio.getFormat().isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            double sum = 0;
            int count = samples.remaining() / 2;
            for (int i = 0; i < count; i++) {
                double sample = samples.getShort() / 32768.0;
                sum += sample * sample;
            }
            return Math.sqrt(sum / count);
        }
    }
}
