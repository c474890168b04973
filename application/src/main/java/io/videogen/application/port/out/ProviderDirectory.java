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

    boolean enabled(String provider);

    /** The setting an operator sets to offer a capability, for error messages. */
    String settingFor(Capability capability);

    record ProviderStatus(String name, String kind, Set<Capability> capabilities, Map<Capability, String> models,
                          boolean enabled, CircuitState circuit, String lastError, Instant lastSuccessAt) {

        public ProviderStatus {
            capabilities = Set.copyOf(capabilities);
            models = Map.copyOf(models);
        }
    }

    enum CircuitState {
        CLOSED, OPEN, HALF_OPEN
    }
}
