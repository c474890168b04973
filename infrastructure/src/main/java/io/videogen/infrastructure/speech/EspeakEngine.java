package io.videogen.infrastructure.speech;

import io.videogen.application.port.out.RenderStepException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * eSpeak NG, when the program {@code espeak-ng} is installed (Debian: {@code apt-get install
 * espeak-ng}): a formant synthesiser, robotic but clear, in a great many languages. It is run once
 * per text and writes a WAV to standard output. It does not tell word times on the command line, so
 * they are aligned on the audio; each word's weight is how long eSpeak takes to say it alone,
 * measured in a second run that says every word once with a long pause after it.
 */
final class EspeakEngine implements SpeechEngine {

    static final String PROGRAM = "espeak-ng";
    private static final int NORMAL_WORDS_PER_MINUTE = 165;
    private static final int WORD_PAUSE_MILLIS = 300;
    private static final List<OfflineVoice> VOICES = List.of(
            voice("en-US", "en-us", "male"), voice("en-GB", "en-gb", "male"),
            voice("de-DE", "de", "male"), voice("fr-FR", "fr", "male"), voice("es-ES", "es", "male"),
            voice("it-IT", "it", "male"), voice("pt-BR", "pt-br", "male"), voice("nl-NL", "nl", "male"),
            voice("pl-PL", "pl", "male"), voice("sv-SE", "sv", "male"), voice("cs-CZ", "cs", "male"),
            voice("fi-FI", "fi", "male"), voice("tr-TR", "tr", "male"), voice("id-ID", "id", "male"));

    private final boolean installed;

    EspeakEngine() {
        this.installed = Programs.runs(PROGRAM, "--version");
    }

    @Override
    public List<OfflineVoice> voices() {
        return installed ? VOICES : List.of();
    }

    @Override
    public Narration speak(String text, OfflineVoice voice, double speed, double pitch) {
        int rate = (int) Math.round(NORMAL_WORDS_PER_MINUTE * speed);
        int espeakPitch = (int) Math.max(0, Math.min(99, Math.round(50 + pitch * 4)));
        AudioInputStream audio = run(voice, rate, espeakPitch, false, text);
        byte[] pcm = read(audio);
        List<String> words = SpokenWords.of(text);
        Loudness loudness = Loudness.of(pcm, audio.getFormat());
        return new Narration(pcm, audio.getFormat(), WordAligner.align(words, weights(voice, rate, words), loudness),
                List.of());
    }

    /** How long each word lasts when said alone: one run, the words apart by a pause that is easy to find. */
    private double[] weights(OfflineVoice voice, int rate, List<String> words) {
        StringBuilder ssml = new StringBuilder("<speak>");
        for (String word : words) {
            ssml.append(escaped(SpokenWords.bare(word))).append("<break time=\"").append(WORD_PAUSE_MILLIS)
                    .append("ms\"/>");
        }
        AudioInputStream audio = run(voice, rate, 50, true, ssml.append("</speak>").toString());
        byte[] pcm = read(audio);
        List<int[]> islands = Loudness.of(pcm, audio.getFormat()).islands(WORD_PAUSE_MILLIS * 2 / 3);
        double[] weights = new double[words.size()];
        for (int i = 0; i < words.size(); i++) {
            weights[i] = islands.size() == words.size() ? islands.get(i)[1] - islands.get(i)[0]
                    : SpokenWords.bare(words.get(i)).length() + 2;
        }
        return weights;
    }

    private static AudioInputStream run(OfflineVoice voice, int rate, int pitch, boolean ssml, String text) {
        List<String> command = new ArrayList<>(List.of(PROGRAM, "-v", voice.engineName(), "-s",
                Integer.toString(rate), "-p", Integer.toString(pitch), "-b", "1", "--stdout", "--stdin"));
        if (ssml) {
            command.add("-m");
        }
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            byte[] wav;
            try (InputStream out = process.getInputStream()) {
                wav = out.readAllBytes();
            }
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new RenderStepException(PROGRAM + " failed for voice " + voice.engineName(), true);
            }
            return AudioSystem.getAudioInputStream(new ByteArrayInputStream(Programs.sizedWav(wav)));
        } catch (IOException | UnsupportedAudioFileException e) {
            throw new RenderStepException(PROGRAM + " could not speak: " + e.getMessage(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderStepException(PROGRAM + " was interrupted", true, e);
        }
    }

    private static byte[] read(AudioInputStream audio) {
        try {
            return audio.readAllBytes();
        } catch (IOException e) {
            throw new RenderStepException(PROGRAM + " wrote audio that cannot be read: " + e.getMessage(), true, e);
        }
    }

    private static String escaped(String word) {
        return word.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static OfflineVoice voice(String language, String espeakName, String gender) {
        return new OfflineVoice(language + "-espeak", "eSpeak NG " + language, language, gender, espeakName);
    }
}
