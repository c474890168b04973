package io.videogen.application.provider;

import io.videogen.application.port.out.SpeechClip;
import io.videogen.domain.speech.WordTiming;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The note kept beside a cached narration: its length and word timings, one line each. */
final class KeptSpeech {

    private KeptSpeech() {
    }

    static String note(SpeechClip clip) {
        StringBuilder note = new StringBuilder().append(clip.duration().toMillis());
        for (WordTiming word : clip.words()) {
            note.append('\n').append(word.word().replaceAll("[\\t\\n\\r]", " ")).append('\t')
                    .append(word.start().toMillis()).append('\t').append(word.end().toMillis());
        }
        return note.toString();
    }

    static SpeechClip clip(Path wav, String note) {
        String[] lines = note.split("\n");
        Duration length = Duration.ofMillis(Long.parseLong(lines[0].strip()));
        List<WordTiming> words = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split("\t");
            words.add(new WordTiming(fields[0], Duration.ofMillis(Long.parseLong(fields[1])),
                    Duration.ofMillis(Long.parseLong(fields[2]))));
        }
        return new SpeechClip(wav, length, words, List.of());
    }
}
