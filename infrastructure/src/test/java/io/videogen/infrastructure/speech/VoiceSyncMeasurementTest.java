package io.videogen.infrastructure.speech;

import static io.videogen.infrastructure.speech.SpeechOnsets.distance;
import static io.videogen.infrastructure.speech.SpeechOnsets.percentile;
import static io.videogen.infrastructure.speech.SpeechOnsets.share;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.domain.media.Voice;
import io.videogen.domain.speech.WordTiming;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Caption/voice sync measured on the audio: the standard 30-second job's narration (bench/job-30s.json,
 * one clip per sentence as the voice stage speaks it) in each offline English voice; onsets found in
 * each clip's loudness ({@link SpeechOnsets}: a rise of 9 dB within 50 ms after a dip, the start of a
 * syllable or of speech after a pause); each word's start must have an onset within 100 ms for at least 95 % of the words.
 * The same check on the timings moved 250 ms later must fail, or the check proves nothing (onsets are
 * dense, a syllable every 150-250 ms, so the distribution says more than the share). Prints the
 * distribution and, per voice, words per minute, pitch range and the engine's leading silence.
 */
class VoiceSyncMeasurementTest {

    private static final OfflineSpeech SPEECH = new OfflineSpeech();

    @TempDir
    Path folder;

    static Stream<String> voices() {
        return SPEECH.voices().stream().filter(v -> v.language().equals("en-US")).map(v -> v.id())
                .filter(id -> !id.equals(Voice.DEFAULT_ID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("voices")
    void wordOnsetsInTheAudioMatchTheWordTimings(String voiceId) throws Exception {
        List<Long> misses = new ArrayList<>();
        List<Long> shiftedMisses = new ArrayList<>();
        double spokenSeconds = 0;
        int words = 0;
        List<Double> pitches = new ArrayList<>();
        int clipIndex = 0;
        for (String sentence : standardJobSentences()) {
            SpeechClip clip = SPEECH.synthesize(sentence, new Voice(voiceId, "en-US", 1.0),
                    folder.resolve(voiceId + "-" + clipIndex++ + ".wav"));
            Pcm pcm = Pcm.read(clip.wav());
            List<Long> onsets = SpeechOnsets.in(pcm.samples(), pcm.format().getSampleRate());
            for (WordTiming word : clip.words()) {
                misses.add(distance(onsets, word.start().toMillis()));
                shiftedMisses.add(distance(onsets, word.start().toMillis() + 250));
            }
            words += clip.words().size();
            spokenSeconds += clip.duration().toNanos() / 1e9;
            pitches.addAll(PitchTrack.of(pcm.samples(), pcm.format().getSampleRate()));
        }
        double within = share(misses);
        double shiftedWithin = share(shiftedMisses);
        String report = String.format(Locale.ROOT,
                "%s: %d words, %s; shifted 250 ms: %.1f %% (p50 %d ms, p90 %d ms); %.0f words/min; pitch p5-p95 %.0f-%.0f Hz;"
                        + " engine's leading silence %d ms (trimmed to <= 10 ms)",
                voiceId, words, SpeechOnsets.distribution(misses), 100 * shiftedWithin, percentile(shiftedMisses, 50),
                percentile(shiftedMisses, 90), words / spokenSeconds * 60,
                percentileD(pitches, 5), percentileD(pitches, 95), leadingSilence(voiceId));
        System.out.println(report);
        Path target = Path.of("target", "voice-measurements.txt");
        Files.writeString(target, report + System.lineSeparator(), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(within).as(report).isGreaterThanOrEqualTo(0.95);
        assertThat(shiftedWithin).as("the same check on timings 250 ms late must fail: " + report).isLessThan(0.95);
        assertThat(percentile(misses, 90)).as("true timings sit closer to onsets than late ones: " + report)
                .isLessThan(percentile(shiftedMisses, 90));
    }

    private static List<String> standardJobSentences() throws IOException {
        Path job = Path.of("..", "bench", "job-30s.json");
        if (!Files.exists(job)) {
            job = Path.of("/work/shared/bench/job-30s.json");
        }
        JsonNode spec = new ObjectMapper().readTree(job.toFile());
        List<String> sentences = new ArrayList<>();
        spec.path("scenes").forEach(scene -> sentences.addAll(
                Arrays.asList(scene.path("text").asText().split("(?<=[.!?])\\s+"))));
        return sentences;
    }

    private long leadingSilence(String voiceId) {
        OfflineVoice voice = Stream.of(MaryEngine.SLT, FreeTtsEngine.KEVIN).filter(v -> v.id().equals(voiceId))
                .findFirst().orElse(null);
        Narration raw = voice == MaryEngine.SLT ? new MaryEngine().speak("Welcome to the demo video.", voice, 1, 0)
                : voice == FreeTtsEngine.KEVIN ? new FreeTtsEngine().speak("Welcome to the demo video.", voice, 1, 0)
                : new EspeakEngine().speak("Welcome to the demo video.",
                        new EspeakEngine().voices().get(0), 1, 0);
        return (long) Loudness.of(raw.pcm(), raw.format()).firstSound() * Loudness.FRAME_MILLIS;
    }

    private static double percentileD(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, Math.min(sorted.size() - 1, percent * sorted.size() / 100)));
    }

    record Pcm(byte[] bytes, AudioFormat format) {
        static Pcm read(Path wav) throws Exception {
            try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
                return new Pcm(in.readAllBytes(), in.getFormat());
            }
        }

        double[] samples() {
            double[] out = new double[bytes.length / 2];
            for (int i = 0; i < out.length; i++) {
                int hi = format.isBigEndian() ? bytes[2 * i] : bytes[2 * i + 1];
                int lo = format.isBigEndian() ? bytes[2 * i + 1] : bytes[2 * i];
                out[i] = ((hi << 8) | (lo & 0xff)) / 32768.0;
            }
            return out;
        }
    }
}
