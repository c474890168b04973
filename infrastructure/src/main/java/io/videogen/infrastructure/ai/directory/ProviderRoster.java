package io.videogen.infrastructure.ai.directory;

import io.videogen.domain.provider.Capability;
import io.videogen.infrastructure.ai.ProviderSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The configured providers and each capability's chain, checked at start: a mistake in the
 * configuration stops the service with a message naming the setting, rather than failing renders.
 */
public final class ProviderRoster {

    public static final String OFFLINE = "offline";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final Map<String, ProviderSettings> providers;
    private final Map<Capability, List<String>> chains = new EnumMap<>(Capability.class);

    public ProviderRoster(AiConfig config) {
        this.providers = read(config.providers());
        for (Capability capability : Capability.values()) {
            chains.put(capability, chain(capability, chainConfig(config, capability)));
        }
    }

    public Map<String, ProviderSettings> providers() {
        return providers;
    }

    /** The chain's provider names in order, {@code offline} last where it is a link. */
    public List<String> chain(Capability capability) {
        return chains.get(capability);
    }

    static AiConfig.Chain chainConfig(AiConfig config, Capability capability) {
        return switch (capability) {
            case CHAT -> config.chat();
            case SPEECH -> config.speech();
            case IMAGE -> config.image();
            case VIDEO -> config.video();
        };
    }

    private static Map<String, ProviderSettings> read(Map<String, AiConfig.Provider> configured) {
        Map<String, ProviderSettings> read = new TreeMap<>();
        configured.forEach((name, provider) -> {
            String prefix = "videogen.ai.providers." + name;
            if (!NAME.matcher(name).matches() || name.equals(OFFLINE) || name.equals("asset")) {
                throw new IllegalStateException("provider name '" + name + "' (in " + prefix + ".*) must be lower-case "
                        + "letters, digits and dashes, and not 'offline' or 'asset'");
            }
            ProviderSettings.Kind kind = kind(provider.kind(), prefix);
            Map<Capability, String> models = new EnumMap<>(Capability.class);
            provider.chatModel().filter(m -> !m.isBlank()).ifPresent(m -> models.put(Capability.CHAT, m));
            provider.speechModel().filter(m -> !m.isBlank()).ifPresent(m -> models.put(Capability.SPEECH, m));
            provider.imageModel().filter(m -> !m.isBlank()).ifPresent(m -> models.put(Capability.IMAGE, m));
            provider.videoModel().filter(m -> !m.isBlank()).ifPresent(m -> models.put(Capability.VIDEO, m));
            if (kind == ProviderSettings.Kind.ELEVENLABS && models.keySet().stream()
                    .anyMatch(capability -> capability != Capability.SPEECH)) {
                throw new IllegalStateException(prefix + ": an elevenlabs provider offers speech only; "
                        + "remove its chat-model, image-model and video-model");
            }
            URI base = baseUrl(provider.baseUrl(), kind, prefix);
            read.put(name, new ProviderSettings(name, kind, base, provider.apiKey(), models,
                    provider.speechVoices().orElse(List.of())));
        });
        return java.util.Collections.unmodifiableMap(read);
    }

    private static ProviderSettings.Kind kind(String kind, String prefix) {
        try {
            return ProviderSettings.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(prefix + ".kind is '" + kind + "'; use openai (any OpenAI-compatible "
                    + "server) or elevenlabs", e);
        }
    }

    private static URI baseUrl(Optional<String> configured, ProviderSettings.Kind kind, String prefix) {
        String value = configured.filter(url -> !url.isBlank()).orElseGet(() -> kind == ProviderSettings.Kind.ELEVENLABS
                ? "https://api.elevenlabs.io" : null);
        if (value == null) {
            throw new IllegalStateException(prefix + ".base-url is not set; give the server root including /v1, "
                    + "e.g. http://localhost:11434/v1 for Ollama or https://api.openai.com/v1");
        }
        try {
            URI uri = URI.create(value.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(prefix + ".base-url '" + value + "' is not an http(s) URL", e);
        }
    }

    private List<String> chain(Capability capability, AiConfig.Chain config) {
        String setting = "videogen.ai." + capability.key() + ".chain";
        boolean offlineLink = capability != Capability.CHAT && config.offlineFallback();
        List<String> chain = new ArrayList<>();
        if (config.chain().isPresent()) {
            for (String entry : config.chain().get()) {
                String name = entry.strip();
                if (name.isEmpty() || chain.contains(name)) {
                    continue;
                }
                if (name.equals(OFFLINE)) {
                    if (capability == Capability.CHAT) {
                        throw new IllegalStateException(setting + " names 'offline', but chat has no offline "
                                + "provider; remove it");
                    }
                    continue; // offline is always the last link; its place is set by offline-fallback
                }
                ProviderSettings provider = providers.get(name);
                if (provider == null) {
                    throw new IllegalStateException(setting + " names '" + name + "', which is not a configured "
                            + "provider; configured: " + (providers.isEmpty() ? "none" : String.join(", ",
                            providers.keySet())));
                }
                if (!provider.offers(capability)) {
                    throw new IllegalStateException(setting + " names '" + name + "', which offers no "
                            + capability.key() + "; set videogen.ai.providers." + name + "." + capability.key()
                            + "-model or remove it from the chain");
                }
                chain.add(name);
            }
        } else {
            providers.values().stream().filter(p -> p.offers(capability)).map(ProviderSettings::name)
                    .forEach(chain::add);
        }
        if (offlineLink) {
            chain.add(OFFLINE);
        }
        return List.copyOf(chain);
    }

    /** Each capability's chain, for the start-up log line. */
    public Map<Capability, List<String>> chains() {
        return new LinkedHashMap<>(chains);
    }
}
