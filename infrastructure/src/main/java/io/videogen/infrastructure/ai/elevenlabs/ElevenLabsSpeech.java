package io.videogen.infrastructure.ai.elevenlabs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.application.port.out.SpeechSynthesizer;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.application.port.out.VoiceDescription;
import io.videogen.domain.media.Voice;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.speech.WordTiming;
import io.videogen.infrastructure.ai.ProviderGuard;
import io.videogen.infrastructure.ai.ProviderHttp;
import io.videogen.infrastructure.ai.ProviderSettings;
import io.videogen.infrastructure.ai.ProviderVoices;
import io.videogen.infrastructure.ai.WavAudio;
import io.videogen.infrastructure.ai.WholeFile;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Narration from ElevenLabs with word timings ({@code POST {base}/v1/text-to-speech/{voice}/with-timestamps},
 * 16 kHz PCM): the character alignment it returns is grouped into words, so captions and the
 * presenter follow the real speech.
 */
public final class ElevenLabsSpeech implements SpeechSynthesizer {

    static final int SAMPLE_RATE = 16_000;

    private final ProviderSettings settings;
    private final ProviderHttp http;
    private final ProviderGuard guard;
    private final Duration timeout;
    private final ObjectMapper json;
    private final List<VoiceDescription> voices;

    public ElevenLabsSpeech(ProviderSettings settings, ProviderHttp http, ProviderGuard guard, Duration timeout,
                            ObjectMapper json) {
        this.settings = settings;
        this.http = http;
        this.guard = guard;
        this.timeout = timeout;
        this.json = json;
        this.voices = ProviderVoices.of(settings.name(), settings.speechVoices());
    }

    @Override
    public List<VoiceDescription> voices() {
        return voices;
    }

    @Override
    public SpeechClip synthesize(String text, Voice voice, Path wavFile) {
        String voiceName = URLEncoder.encode(ProviderVoices.name(settings.name(), voice.voiceId()),
                StandardCharsets.UTF_8);
        URI uri = settings.endpoint("/v1/text-to-speech/" + voiceName + "/with-timestamps?output_format=pcm_"
                + SAMPLE_RATE);
        ObjectNode request = json.createObjectNode().put("text", text).put("model_id",
                settings.model(Capability.SPEECH));
        // ElevenLabs takes speeds from 0.7 to 1.2
        request.putObject("voice_settings").put("speed", Math.max(0.7, Math.min(1.2, voice.speed())));
        String body = request.toString();
        Map<String, String> headers = settings.apiKey().map(key -> Map.of("xi-api-key", key)).orElse(Map.of());
        ProviderHttp.Answer answer = guard.call(() -> http.postJson(uri, body, headers, settings.apiKey(), timeout));
        JsonNode response;
        byte[] pcm;
        try {
            response = json.readTree(answer.body());
            pcm = Base64.getDecoder().decode(response.path("audio_base64").asText(""));
        } catch (IOException | IllegalArgumentException e) {
            throw unusable("the answer is not JSON with audio_base64");
        }
        if (pcm.length < 2) {
            throw unusable("the answer holds no audio");
        }
        byte[] wav = WavAudio.fromPcm16(pcm.length % 2 == 0 ? pcm : java.util.Arrays.copyOf(pcm, pcm.length - 1),
                SAMPLE_RATE);
        Duration length = WavAudio.check(wav);
        try {
            WholeFile.write(wav, wavFile);
        } catch (IOException e) {
            throw new RenderStepException("cannot write narration to " + wavFile.getFileName() + ": "
                    + e.getMessage(), true, e);
        }
        return new SpeechClip(wavFile, length, words(response.path("alignment")), List.of());
    }

    /** Characters with start and end times grouped into words at whitespace. */
    static List<WordTiming> words(JsonNode alignment) {
        JsonNode characters = alignment.path("characters");
        JsonNode starts = alignment.path("character_start_times_seconds");
        JsonNode ends = alignment.path("character_end_times_seconds");
        List<WordTiming> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        double wordStart = 0;
        double wordEnd = 0;
        for (int i = 0; i < characters.size(); i++) {
            String character = characters.get(i).asText();
            if (character.isBlank()) {
                addWord(words, word, wordStart, wordEnd);
                continue;
            }
            if (word.length() == 0) {
                wordStart = starts.path(i).asDouble();
            }
            word.append(character);
            wordEnd = ends.path(i).asDouble();
        }
        addWord(words, word, wordStart, wordEnd);
        return words;
    }

    private static void addWord(List<WordTiming> words, StringBuilder word, double start, double end) {
        if (word.length() > 0) {
            words.add(new WordTiming(word.toString(), Duration.ofMillis(Math.round(start * 1000)),
                    Duration.ofMillis(Math.round(Math.max(start, end) * 1000))));
            word.setLength(0);
        }
    }

    private UnusableAnswerException unusable(String why) {
        String reason = "provider '" + settings.name() + "' (speech): " + why;
        guard.answerRejected(reason);
        return new UnusableAnswerException(settings.name(), reason);
    }
}
