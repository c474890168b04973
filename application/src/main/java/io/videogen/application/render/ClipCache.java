package io.videogen.application.render;

import io.videogen.application.port.out.SpeechAudio;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.application.port.out.SpeechSynthesizer.Spoken;
import io.videogen.domain.media.Voice;
import io.videogen.domain.speech.PhonemeTiming;
import io.videogen.domain.speech.WordTiming;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.SceneProvenance.VoiceMaker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps synthesised clips with their word and phoneme timings and who spoke them beside them (a
 * small tab-separated file), so a clip found again is as good as a fresh one.
 */
final class ClipCache {

    private ClipCache() {
    }

    /** @param asked the voice the clip was asked in: who spoke a clip kept before provenance was recorded */
    static Optional<Spoken> find(Path wav, SpeechAudio audio, Voice asked) {
        Path timing = timingFile(wav);
        if (!Files.exists(wav) || !Files.exists(timing)) {
            return Optional.empty();
        }
        try {
            Duration length = audio.length(wav);
            List<WordTiming> words = new ArrayList<>();
            List<PhonemeTiming> phonemes = new ArrayList<>();
            VoiceMaker maker = new VoiceMaker(SceneProvenance.OFFLINE, asked.voiceId(), false);
            for (String line : Files.readAllLines(timing, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("m") && f.length == 4) {
                    maker = new VoiceMaker(f[1], f[2], Boolean.parseBoolean(f[3]));
                } else if (f.length == 4) {
                    Duration start = Duration.ofNanos(Long.parseLong(f[2]));
                    Duration end = Duration.ofNanos(Long.parseLong(f[3]));
                    if (f[0].equals("w")) {
                        words.add(new WordTiming(f[1], start, end));
                    } else {
                        phonemes.add(new PhonemeTiming(f[1], start, end));
                    }
                }
            }
            return Optional.of(new Spoken(new SpeechClip(wav, length, words, phonemes), maker));
        } catch (IOException | RuntimeException e) {
            // A damaged cache entry is simply made again.
            return Optional.empty();
        }
    }

    /** Records the timings; written last, so a clip without them is never taken for finished. */
    static void remember(Spoken spoken) throws IOException {
        SpeechClip clip = spoken.clip();
        VoiceMaker maker = spoken.maker();
        StringBuilder out = new StringBuilder();
        out.append("m\t").append(maker.provider()).append('\t').append(maker.voiceId()).append('\t')
                .append(maker.fallback()).append('\n');
        clip.words().forEach(w -> line(out, "w", w.word(), w.start(), w.end()));
        clip.phonemes().forEach(p -> line(out, "p", p.phoneme(), p.start(), p.end()));
        Path timing = timingFile(clip.wav());
        Path temp = timing.resolveSibling(timing.getFileName() + ".part");
        Files.writeString(temp, out, StandardCharsets.UTF_8);
        Files.move(temp, timing, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void line(StringBuilder out, String kind, String unit, Duration start, Duration end) {
        out.append(kind).append('\t').append(unit.replace('\t', ' ').replace('\n', ' ')).append('\t')
                .append(start.toNanos()).append('\t').append(end.toNanos()).append('\n');
    }

    private static Path timingFile(Path wav) {
        return wav.resolveSibling(wav.getFileName() + ".timing");
    }
}
