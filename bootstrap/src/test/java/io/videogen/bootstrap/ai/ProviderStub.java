package io.videogen.bootstrap.ai;

import java.util.Map;

/**
 * Plays two OpenAI-compatible providers, {@code primary} (under {@code /primary/v1}) and
 * {@code backup} (under {@code /backup/v1}), configured as the chat chain.
 */
public class ProviderStub extends PlayedProvider {

    public static final String PRIMARY_KEY = "sk-primary-server-key-7f3a9c";

    @Override
    protected Map<String, String> configuration(String root) {
        return Map.ofEntries(
                Map.entry("videogen.ai.providers.primary.kind", "openai"),
                Map.entry("videogen.ai.providers.primary.base-url", root + "/primary/v1"),
                Map.entry("videogen.ai.providers.primary.api-key", PRIMARY_KEY),
                Map.entry("videogen.ai.providers.primary.chat-model", "gpt-4o-mini"),
                Map.entry("videogen.ai.providers.backup.kind", "openai"),
                Map.entry("videogen.ai.providers.backup.base-url", root + "/backup/v1"),
                Map.entry("videogen.ai.providers.backup.chat-model", "llama3.2"),
                Map.entry("videogen.ai.chat.chain", "primary,backup"),
                // a chat answer of ChatCompletions uses 160 tokens: two drafts a month, then QUOTA_EXCEEDED
                Map.entry("videogen.ai.quota.chat-tokens", "300"),
                Map.entry("videogen.ai.chat.timeout", "PT2S"),
                Map.entry("videogen.ai.resilience.max-retries", "1"),
                Map.entry("videogen.ai.resilience.backoff", "PT0.01S"),
                Map.entry("videogen.ai.resilience.max-backoff", "PT0.02S"),
                // the circuit tests are the adapter's; here a circuit must not open across tests
                Map.entry("videogen.ai.resilience.circuit-requests", "1000"));
    }
}
