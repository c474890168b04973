package io.videogen.infrastructure.speech;

import io.videogen.application.port.out.SpeechClip;
import io.videogen.domain.speech.PhonemeTiming;
import io.videogen.domain.speech.WordTiming;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /**
     * The same speech without the engine's silence before and after it (10 ms of it kept before the
     * voice, 30 ms after), its timings moved with it: the voice and its first caption start together.
     */
    Narration trimmed() {
        Loudness loudness = Loudness.of(pcm, format);
        int first = loudness.firstSound();
        if (first < 0) {
            return this;
        }
        int frameBytes = format.getFrameSize() * Math.max(1, Math.round(format.getSampleRate() * Loudness.FRAME_MILLIS / 1000f));
        int from = Math.max(0, first - 1) * frameBytes;
        int to = Math.min(pcm.length, (loudness.lastSound() + 4) * frameBytes);
        Duration cut = bytes(from);
        Duration length = bytes(to - from);
        return new Narration(java.util.Arrays.copyOfRange(pcm, from, to), format,
                words.stream().map(w -> new WordTiming(w.word(), within(w.start().minus(cut), length),
                        within(w.end().minus(cut), length))).toList(),
                phonemes.stream().map(p -> new PhonemeTiming(p.phoneme(), within(p.start().minus(cut), length),
                        within(p.end().minus(cut), length))).toList());
    }

    /** {@code first}, then {@code pause} of silence, then {@code next}; either may be missing (null). */
    static Narration joined(Narration first, Duration pause, Narration next) {
        if (first == null && next == null) {
            return null;
        }
        AudioFormat format = first != null ? first.format() : next.format();
        if (first != null && next != null && !first.format().matches(next.format())) {
            throw new IllegalStateException("one voice speaks in one format: " + first.format() + " vs " + next.format());
        }
        int frameSize = format.getFrameSize();
        int silence = Math.toIntExact(Math.round(pause.toNanos() / 1e9 * format.getSampleRate())) * frameSize;
        byte[] head = first == null ? new byte[0] : first.pcm();
        byte[] tail = next == null ? new byte[0] : next.pcm();
        byte[] joined = new byte[head.length + silence + tail.length];
        System.arraycopy(head, 0, joined, 0, head.length);
        System.arraycopy(tail, 0, joined, head.length + silence, tail.length);
        List<WordTiming> words = new ArrayList<>(first == null ? List.of() : first.words());
        List<PhonemeTiming> phonemes = new ArrayList<>(first == null ? List.of() : first.phonemes());
        if (next != null) {
            Duration shift = Duration.ofNanos(Math.round((head.length + silence) / (double) frameSize
                    / format.getSampleRate() * NANOS_PER_SECOND));
            next.words().forEach(w -> words.add(w.shifted(shift)));
            next.phonemes().forEach(p -> phonemes.add(p.shifted(shift)));
        }
        return new Narration(joined, format, words, phonemes);
    }

    private Duration bytes(int count) {
        return Duration.ofNanos(Math.round(count / (double) format.getFrameSize() / format.getSampleRate() * NANOS_PER_SECOND));
    }

    private static Duration within(Duration time, Duration length) {
        return time.isNegative() ? Duration.ZERO : time.compareTo(length) > 0 ? length : time;
    }

    /** Exact: counted in samples, not taken from the engine's estimate. */
    Duration duration() {
        long frames = pcm.length / format.getFrameSize();
        return Duration.ofNanos(Math.round(frames * (double) NANOS_PER_SECOND / format.getSampleRate()));
    }

    /**
     * Writes a WAV next to the target and moves it into place, so a crash never leaves a truncated
     * file where a finished one is expected (stages skip work whose output already exists). Our voices'
     * PCM gets the JDK's WAV header written directly ({@link WavHeader#writtenBefore}), the same bytes.
     */
    SpeechClip writeWav(Path wavFile) throws IOException {
        Path folder = wavFile.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, wavFile.getFileName().toString(), ".part");
        try {
            Optional<byte[]> header = WavHeader.writtenBefore(format, pcm.length);
            if (header.isPresent()) {
                try (FileChannel out = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                    ByteBuffer[] file = {ByteBuffer.wrap(header.get()), ByteBuffer.wrap(pcm)};
                    while (file[1].hasRemaining()) {
                        out.write(file);
                    }
                }
            } else {
                try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm), format,
                        pcm.length / format.getFrameSize())) {
                    AudioSystem.write(audio, AudioFileFormat.Type.WAVE, partial.toFile());
                }
            }
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
