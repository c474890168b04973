package io.videogen.infrastructure.ai.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.videogen.application.port.out.ImageGenerator;
import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.provider.Capability;
import io.videogen.infrastructure.ai.ProviderGuard;
import io.videogen.infrastructure.ai.ProviderHttp;
import io.videogen.infrastructure.ai.ProviderSettings;
import io.videogen.infrastructure.ai.WholeFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Pictures from an OpenAI-compatible image server ({@code POST {base}/images/generations},
 * {@code b64_json}). The size asked for is the standard one of the frame's shape (1536x1024,
 * 1024x1536 or 1024x1024, which OpenAI's and most local models take); the picture is then cropped to
 * the frame. Whether the bytes are an image is checked by the media inspection of the chain.
 */
public final class OpenAiImages implements ImageGenerator {

    private final ProviderSettings settings;
    private final ProviderHttp http;
    private final ProviderGuard guard;
    private final Duration timeout;
    private final ObjectMapper json;

    public OpenAiImages(ProviderSettings settings, ProviderHttp http, ProviderGuard guard, Duration timeout,
                        ObjectMapper json) {
        this.settings = settings;
        this.http = http;
        this.guard = guard;
        this.timeout = timeout;
        this.json = json;
    }

    @Override
    public String provider() {
        return settings.name();
    }

    @Override
    public String fingerprint() {
        return settings.fingerprint(Capability.IMAGE);
    }

    @Override
    public void generate(String prompt, Resolution frame, Path file) {
        String body = json.createObjectNode().put("model", settings.model(Capability.IMAGE)).put("prompt", prompt)
                .put("n", 1).put("size", size(frame)).put("response_format", "b64_json").toString();
        ProviderHttp.Answer answer = guard.call(() -> http.postJson(settings.endpoint("/images/generations"), body,
                headers(), settings.apiKey(), timeout));
        byte[] picture = decode(answer);
        try {
            WholeFile.write(picture, file);
        } catch (IOException e) {
            throw new RenderStepException("cannot write a generated picture: " + e.getMessage(), true, e);
        }
    }

    static String size(Resolution frame) {
        if (frame.width() > frame.height()) {
            return "1536x1024";
        }
        return frame.width() < frame.height() ? "1024x1536" : "1024x1024";
    }

    private byte[] decode(ProviderHttp.Answer answer) {
        try {
            JsonNode encoded = json.readTree(answer.body()).path("data").path(0).path("b64_json");
            if (!encoded.isTextual() || encoded.asText().isEmpty()) {
                throw unusable("the answer holds no data[0].b64_json");
            }
            return Base64.getMimeDecoder().decode(encoded.asText());
        } catch (IOException e) {
            throw unusable("the answer is not JSON");
        } catch (IllegalArgumentException e) {
            throw unusable("data[0].b64_json is not base64");
        }
    }

    private UnusableAnswerException unusable(String why) {
        String reason = "provider '" + settings.name() + "' (image): " + why;
        guard.answerRejected(reason);
        return new UnusableAnswerException(settings.name(), reason);
    }

    private Map<String, String> headers() {
        return settings.apiKey().map(key -> Map.of("Authorization", "Bearer " + key)).orElse(Map.of());
    }
}
