package io.videogen.infrastructure.speech;

import io.videogen.application.port.out.SpeechClip;
import io.videogen.domain.speech.PhonemeTiming;
import io.videogen.domain.speech.WordTiming;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Spoken audio in memory (signed 16-bit PCM) with word and phoneme timings on its timeline. */
record Narration(byte[] pcm, AudioFormat format, List<WordTiming> words, List<PhonemeTiming> phonemes) {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /**
     * Places each utterance's timings at the point where its audio begins in the captured PCM.
     * FreeTTS reports times per utterance (sentence), starting from zero each time.
     */
    static Narration assemble(byte[] pcm, AudioFormat format, List<Integer> utteranceOffsets,
                              List<UtteranceTiming> utterances) {
        double bytesPerSecond = format.getFrameSize() * (double) format.getSampleRate();
        double clipSeconds = pcm.length / bytesPerSecond;
        List<WordTiming> words = new ArrayList<>();
        List<PhonemeTiming> phonemes = new ArrayList<>();
        double offset = 0;
        for (int i = 0; i < utterances.size(); i++) {
            UtteranceTiming utterance = utterances.get(i);
            if (i < utteranceOffsets.size()) {
                offset = utteranceOffsets.get(i) / bytesPerSecond;
            }
            place(utterance.words(), offset, clipSeconds, (n, s, e) -> words.add(new WordTiming(n, s, e)));
            place(utterance.phonemes(), offset, clipSeconds, (n, s, e) -> phonemes.add(new PhonemeTiming(n, s, e)));
            if (i >= utteranceOffsets.size() && !utterance.phonemes().isEmpty()) {
                // No audio marker for this utterance: it follows the previous one directly.
                offset += utterance.phonemes().get(utterance.phonemes().size() - 1).end();
            }
        }
        return new Narration(pcm, format, words, phonemes);
    }

    private static void place(List<UtteranceTiming.Unit> units, double offset, double clipSeconds, Placed out) {
        for (UtteranceTiming.Unit unit : units) {
            double start = Math.min(clipSeconds, offset + unit.start());
            double end = Math.min(clipSeconds, Math.max(offset + unit.end(), offset + unit.start()));
            out.add(unit.name(), seconds(start), seconds(end));
        }
    }

    private interface Placed {
        void add(String name, Duration start, Duration end);
    }

    /** Exact: counted in samples, not taken from the engine's estimate. */
    Duration duration() {
        long frames = pcm.length / format.getFrameSize();
        return Duration.ofNanos(Math.round(frames * (double) NANOS_PER_SECOND / format.getSampleRate()));
    }

    /**
     * Writes a WAV next to the target and moves it into place, so a crash never leaves a truncated
     * file where a finished one is expected (stages skip work whose output already exists).
     */
    SpeechClip writeWav(Path wavFile) throws IOException {
        Path folder = wavFile.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, wavFile.getFileName().toString(), ".part");
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm), format,
                pcm.length / format.getFrameSize())) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, partial.toFile());
            Files.move(partial, wavFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return new SpeechClip(wavFile, duration(), words, phonemes);
    }

    private static Duration seconds(double value) {
        return Duration.ofNanos(Math.round(value * NANOS_PER_SECOND));
    }
}
