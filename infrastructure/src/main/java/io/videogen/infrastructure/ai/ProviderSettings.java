package io.videogen.infrastructure.ai;

import io.videogen.domain.provider.Capability;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One configured provider: its name, the API family it speaks, where it is, its key (optional for
 * local servers) and the model of each capability it offers.
 */
public record ProviderSettings(String name, Kind kind, URI baseUrl, Optional<String> apiKey,
                               Map<Capability, String> models, List<String> speechVoices) {

    public ProviderSettings {
        models = models.isEmpty() ? Map.of() : new EnumMap<>(models);
        speechVoices = List.copyOf(speechVoices);
        apiKey = apiKey.filter(key -> !key.isBlank());
    }

    /** The same provider called with another key (a user's own). */
    public ProviderSettings withApiKey(String key) {
        return new ProviderSettings(name, kind, baseUrl, Optional.of(key), models, speechVoices);
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "ProviderSettings[name=" + name + ", kind=" + kind + ", baseUrl=" + baseUrl + ", models=" + models + "]";
    }

    public Set<Capability> capabilities() {
        return models.keySet();
    }

    public boolean offers(Capability capability) {
        return models.containsKey(capability);
    }

    public String model(Capability capability) {
        return models.get(capability);
    }

    /** What shapes this provider's output of a capability besides its input: kind, server and model. */
    public String fingerprint(Capability capability) {
        return kind.key() + "|" + baseUrl + "|" + model(capability);
    }

    /** The base URL with the path appended ({@code base} already ends in {@code /v1} for OpenAI-compatible servers). */
    public URI endpoint(String path) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    /** The API families videogen speaks. */
    public enum Kind {
        /** OpenAI and every server that speaks its API: Ollama, vLLM, LocalAI, llama.cpp server, Kokoro-FastAPI. */
        OPENAI,
        ELEVENLABS;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
