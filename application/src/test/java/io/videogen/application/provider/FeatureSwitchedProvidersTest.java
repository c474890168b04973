package io.videogen.application.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.FeatureGate;
import io.videogen.application.fakes.NoProviders;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.domain.feature.Feature;
import io.videogen.domain.provider.Capability;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureSwitchedProvidersTest {

    private final Set<Feature> off = new HashSet<>();
    private final FeatureGate gate = new FeatureGate() {
        @Override
        public Uni<Void> require(Feature feature) {
            return Uni.createFrom().voidItem();
        }

        @Override
        public boolean enabledNow(Feature feature) {
            return !off.contains(feature);
        }
    };
    private final Set<String> switchedOff = new HashSet<>();
    private final ProviderDirectory configured = new OneProvider();
    private final FeatureSwitchedProviders providers = new FeatureSwitchedProviders(configured, gate);

    @Test
    void withTheFlagOnTheProvidersOwnSwitchDecides() {
        assertThat(providers.enabled("local")).isTrue();
        assertThat(providers.offlineFallback(Capability.SPEECH)).isFalse();
        switchedOff.add("local");
        assertThat(providers.enabled("local")).isFalse();
    }

    @Test
    void withTheFlagOffEveryProviderIsOffAndTheChainsFallBackOffline() {
        off.add(Feature.AI_PROVIDERS);

        assertThat(providers.enabled("local")).isFalse();
        assertThat(providers.offlineFallback(Capability.SPEECH)).isTrue();
        assertThat(providers.providers()).singleElement()
                .satisfies(status -> assertThat(status.enabled()).isFalse())
                .satisfies(status -> assertThat(status.name()).isEqualTo("local"));
    }

    @Test
    void anotherFlagOffChangesNothing() {
        off.add(Feature.BATCHES);

        assertThat(providers.enabled("local")).isTrue();
        assertThat(providers.providers()).singleElement().satisfies(status -> assertThat(status.enabled()).isTrue());
    }

    /** One configured provider whose speech chain has no offline last link. */
    private final class OneProvider extends NoProviders {

        @Override
        public List<ProviderStatus> providers() {
            return List.of(new ProviderStatus("local", "openai", Set.of(Capability.SPEECH),
                    Map.of(Capability.SPEECH, "kokoro"), enabled("local"), CircuitState.CLOSED, null, null));
        }

        @Override
        public boolean offlineFallback(Capability capability) {
            return false;
        }

        @Override
        public boolean enabled(String provider) {
            return !switchedOff.contains(provider);
        }
    }
}
