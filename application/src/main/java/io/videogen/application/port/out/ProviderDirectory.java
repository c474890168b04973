package io.videogen.application.port.out;

import io.videogen.domain.provider.Capability;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The AI providers the operator configured: what each offers, its health, the chain of providers
 * each capability tries in order, and the switch that takes one out of every chain at run time.
 */
public interface ProviderDirectory {

    List<ProviderStatus> providers();

    /** Switches a provider on or off; empty when no provider has that name. */
    Optional<ProviderStatus> switchProvider(String name, boolean enabled);

    /** The chat links in chain order, switched-off ones included (the caller skips them). */
    List<ScriptAuthor> scriptAuthors();

    /** The HTTP speech links in chain order; each lists its voices as {@code <provider>:<voice>}. */
    List<SpeechLink> speechLinks();

    /** The HTTP image links in chain order. */
    List<ImageGenerator> imageLinks();

    /** The HTTP video-clip links in chain order. */
    List<ClipGenerator> clipLinks();

    /** Whether the built-in offline adapter is the capability's last link. */
    boolean offlineFallback(Capability capability);

    boolean enabled(String provider);

    /** The setting an operator sets to offer a capability, for error messages. */
    String settingFor(Capability capability);

    /**
     * The links as one account calls them: with the account's own key for each provider it has one
     * for (same guards, limits and cache fingerprints), else the server's.
     */
    default ProviderDirectory as(ProviderAccount account) {
        return this;
    }

    record ProviderStatus(String name, String kind, Set<Capability> capabilities, Map<Capability, String> models,
                          boolean enabled, CircuitState circuit, String lastError, Instant lastSuccessAt) {

        public ProviderStatus {
            capabilities = Set.copyOf(capabilities);
            models = Map.copyOf(models);
        }
    }

    /**
     * A speech provider's name, its synthesizer, and what shapes its output besides the voice and
     * text (kind, server, model), for cache keys.
     */
    record SpeechLink(String provider, SpeechSynthesizer synthesizer, String fingerprint) {
    }

    enum CircuitState {
        CLOSED, OPEN, HALF_OPEN
    }
}
