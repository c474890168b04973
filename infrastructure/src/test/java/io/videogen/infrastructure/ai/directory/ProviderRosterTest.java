package io.videogen.infrastructure.ai.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.videogen.domain.provider.Capability;
import io.videogen.infrastructure.ai.ProviderSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderRosterTest {

    @Test
    void providersAreReadFromEnvironmentVariables() {
        ProviderRoster roster = fromEnvironment(Map.of(
                "VIDEOGEN_AI_PROVIDERS_LOCAL_KIND", "openai",
                "VIDEOGEN_AI_PROVIDERS_LOCAL_BASE_URL", "http://127.0.0.1:11434/v1",
                "VIDEOGEN_AI_PROVIDERS_LOCAL_CHAT_MODEL", "llama3.2",
                "VIDEOGEN_AI_PROVIDERS_KOKORO_KIND", "openai",
                "VIDEOGEN_AI_PROVIDERS_KOKORO_BASE_URL", "http://127.0.0.1:8880/v1",
                "VIDEOGEN_AI_PROVIDERS_KOKORO_SPEECH_MODEL", "kokoro",
                "VIDEOGEN_AI_PROVIDERS_KOKORO_SPEECH_VOICES", "af_bella:en,ef_dora:es"));

        assertThat(roster.providers()).containsOnlyKeys("kokoro", "local");
        ProviderSettings local = roster.providers().get("local");
        assertThat(local.capabilities()).containsExactly(Capability.CHAT);
        assertThat(local.endpoint("/chat/completions")).hasToString("http://127.0.0.1:11434/v1/chat/completions");
        assertThat(local.apiKey()).isEmpty();
        assertThat(roster.providers().get("kokoro").speechVoices()).containsExactly("af_bella:en", "ef_dora:es");
        assertThat(roster.chain(Capability.CHAT)).containsExactly("local");
        assertThat(roster.chain(Capability.SPEECH)).containsExactly("kokoro", "offline");
    }

    @Test
    void anUnsetChainHoldsEveryProviderOfferingTheCapabilityByNameThenOffline() {
        ProviderRoster roster = from(Map.of(
                "videogen.ai.providers.zeta.kind", "openai",
                "videogen.ai.providers.zeta.base-url", "https://api.openai.com/v1",
                "videogen.ai.providers.zeta.image-model", "gpt-image-1",
                "videogen.ai.providers.alpha.kind", "openai",
                "videogen.ai.providers.alpha.base-url", "http://127.0.0.1:8080/v1",
                "videogen.ai.providers.alpha.image-model", "sdxl"));

        assertThat(roster.chain(Capability.IMAGE)).containsExactly("alpha", "zeta", "offline");
        assertThat(roster.chain(Capability.CHAT)).isEmpty();
        assertThat(roster.chain(Capability.VIDEO)).containsExactly("offline");
    }

    @Test
    void aConfiguredChainKeepsItsOrderAndOfflineStaysLastUnlessTurnedOff() {
        ProviderRoster roster = from(Map.of(
                "videogen.ai.providers.a.kind", "openai",
                "videogen.ai.providers.a.base-url", "http://127.0.0.1:1/v1",
                "videogen.ai.providers.a.speech-model", "tts-1",
                "videogen.ai.providers.b.kind", "elevenlabs",
                "videogen.ai.providers.b.speech-model", "eleven_multilingual_v2",
                "videogen.ai.speech.chain", "offline,b,a",
                "videogen.ai.image.offline-fallback", "false"));

        assertThat(roster.chain(Capability.SPEECH)).containsExactly("b", "a", "offline");
        assertThat(roster.chain(Capability.IMAGE)).isEmpty();
        assertThat(roster.providers().get("b").baseUrl()).hasToString("https://api.elevenlabs.io");
    }

    @Test
    void withNoProviderEverythingIsOffline() {
        ProviderRoster roster = from(Map.of());

        assertThat(roster.providers()).isEmpty();
        assertThat(roster.chain(Capability.SPEECH)).containsExactly("offline");
        assertThat(roster.chain(Capability.CHAT)).isEmpty();
    }

    @Test
    void aChainNamingAnUnknownProviderStopsTheStart() {
        assertThatThrownBy(() -> from(Map.of("videogen.ai.chat.chain", "gpt")))
                .hasMessageContaining("videogen.ai.chat.chain names 'gpt', which is not a configured provider");
    }

    @Test
    void aChainNamingAProviderWithoutTheCapabilityNamesTheModelSetting() {
        assertThatThrownBy(() -> from(Map.of(
                "videogen.ai.providers.local.kind", "openai",
                "videogen.ai.providers.local.base-url", "http://127.0.0.1:1/v1",
                "videogen.ai.providers.local.chat-model", "llama3.2",
                "videogen.ai.image.chain", "local")))
                .hasMessageContaining("set videogen.ai.providers.local.image-model");
    }

    @Test
    void mistakesInAProviderNameTheSettingToFix() {
        assertThatThrownBy(() -> from(Map.of("videogen.ai.providers.local.kind", "anthropic")))
                .hasMessageContaining("videogen.ai.providers.local.kind is 'anthropic'; use openai");
        assertThatThrownBy(() -> from(Map.of("videogen.ai.providers.local.kind", "openai",
                "videogen.ai.providers.local.chat-model", "llama3.2")))
                .hasMessageContaining("videogen.ai.providers.local.base-url is not set");
        assertThatThrownBy(() -> from(Map.of("videogen.ai.providers.voice.kind", "elevenlabs",
                "videogen.ai.providers.voice.chat-model", "x")))
                .hasMessageContaining("offers speech only");
        assertThatThrownBy(() -> from(Map.of("videogen.ai.providers.offline.kind", "openai",
                "videogen.ai.providers.offline.base-url", "http://127.0.0.1:1/v1")))
                .hasMessageContaining("not 'offline'");
    }

    private static ProviderRoster from(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(AiConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return new ProviderRoster(config.getConfigMapping(AiConfig.class));
    }

    private static ProviderRoster fromEnvironment(Map<String, String> environment) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(AiConfig.class)
                .withSources(new EnvConfigSource(environment, 300)).build();
        return new ProviderRoster(config.getConfigMapping(AiConfig.class));
    }
}
