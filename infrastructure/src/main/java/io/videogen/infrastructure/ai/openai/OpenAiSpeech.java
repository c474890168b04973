package io.videogen.infrastructure.ai.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.application.port.out.SpeechSynthesizer;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.application.port.out.VoiceDescription;
import io.videogen.domain.media.Voice;
import io.videogen.domain.provider.Capability;
import io.videogen.infrastructure.ai.ProviderGuard;
import io.videogen.infrastructure.ai.ProviderHttp;
import io.videogen.infrastructure.ai.ProviderSettings;
import io.videogen.infrastructure.ai.ProviderVoices;
import io.videogen.infrastructure.ai.WavAudio;
import io.videogen.infrastructure.ai.WholeFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Narration from an OpenAI-compatible speech server ({@code POST {base}/audio/speech}, WAV): OpenAI,
 * Kokoro-FastAPI, LocalAI. These servers tell no word timings, so the clip has none (the presenter
 * then follows the loudness). A body that is not a whole 16-bit PCM WAV file is an unusable answer;
 * a good one is brought to the offline voice's 16 kHz mono.
 */
public final class OpenAiSpeech implements SpeechSynthesizer {

    /** OpenAI's own voices, offered when the configuration names none. */
    static final List<String> OPENAI_VOICES = List.of("alloy", "ash", "coral", "echo", "fable", "nova", "onyx",
            "sage", "shimmer");

    private final ProviderSettings settings;
    private final ProviderHttp http;
    private final ProviderGuard guard;
    private final Duration timeout;
    private final ObjectMapper json;
    private final List<VoiceDescription> voices;

    public OpenAiSpeech(ProviderSettings settings, ProviderHttp http, ProviderGuard guard, Duration timeout,
                        ObjectMapper json) {
        this.settings = settings;
        this.http = http;
        this.guard = guard;
        this.timeout = timeout;
        this.json = json;
        this.voices = ProviderVoices.of(settings.name(), settings.speechVoices().isEmpty() ? OPENAI_VOICES
                : settings.speechVoices());
    }

    @Override
    public List<VoiceDescription> voices() {
        return voices;
    }

    @Override
    public SpeechClip synthesize(String text, Voice voice, Path wavFile) {
        String body = json.createObjectNode().put("model", settings.model(Capability.SPEECH)).put("input", text)
                .put("voice", ProviderVoices.name(settings.name(), voice.voiceId())).put("response_format", "wav")
                .put("speed", voice.speed()).toString();
        ProviderHttp.Answer answer = guard.call(() -> http.postJson(settings.endpoint("/audio/speech"), body,
                headers(), settings.apiKey(), timeout));
        byte[] wav;
        try {
            wav = WavAudio.toSpeechFormat(answer.body());
        } catch (IllegalArgumentException e) {
            String reason = "provider '" + settings.name() + "' (speech): " + e.getMessage();
            guard.answerRejected(reason);
            throw new UnusableAnswerException(settings.name(), reason);
        }
        try {
            WholeFile.write(wav, wavFile);
        } catch (IOException e) {
            throw new RenderStepException("cannot write narration to " + wavFile.getFileName() + ": "
                    + e.getMessage(), true, e);
        }
        return new SpeechClip(wavFile, WavAudio.check(wav), List.of(), List.of());
    }

    private Map<String, String> headers() {
        return settings.apiKey().map(key -> Map.of("Authorization", "Bearer " + key)).orElse(Map.of());
    }
}
