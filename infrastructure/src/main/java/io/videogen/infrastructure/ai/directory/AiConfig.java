package io.videogen.infrastructure.ai.directory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AI providers: {@code videogen.ai.*} (docs: README "AI providers", API.md "v1 additions").
 * With no provider configured everything works offline.
 */
@ConfigMapping(prefix = "videogen.ai")
public interface AiConfig {

    /** Named providers; a provider offers each capability whose model is set. */
    Map<String, Provider> providers();

    Chain chat();

    Chain speech();

    Chain image();

    VideoChain video();

    Guarding resilience();

    /** Monthly limits per user (README "AI providers"); unset: unlimited. */
    Quota quota();

    interface Quota {

        Optional<Long> chatTokens();

        Optional<Long> speechCharacters();

        Optional<Long> images();

        Optional<Long> videoClips();
    }

    interface Provider {

        /** {@code openai} (any OpenAI-compatible server) or {@code elevenlabs}. */
        String kind();

        /** The server root, including {@code /v1} for {@code openai}. */
        Optional<String> baseUrl();

        /** Optional for local servers. Never logged, never in a response. */
        Optional<String> apiKey();

        Optional<String> chatModel();

        Optional<String> speechModel();

        Optional<String> imageModel();

        Optional<String> videoModel();

        /** The voices the server offers, each {@code name} or {@code name:language}. */
        Optional<List<String>> speechVoices();

        /** The most requests a minute the whole fleet sends this provider (a vendor's plan limit); unset: no limit. */
        Optional<Integer> requestsPerMinute();
    }

    interface Chain {

        /** Provider names tried in order; unset: every provider offering the capability, by name. */
        Optional<List<String>> chain();

        /** Whether the built-in offline adapter is the last link (speech, image, video). */
        @WithDefault("true")
        boolean offlineFallback();

        /** The longest one call may take; defaults per capability (chat and speech 60 s, image 120 s, video 120 s a request). */
        Optional<Duration> timeout();
    }

    /** The video chain, and how long a clip job may take: a provider makes a clip asynchronously. */
    interface VideoChain extends Chain {

        /** The longest a clip job may take from submission to download; then the scene shows its prompt's picture. */
        @WithDefault("PT10M")
        Duration deadline();

        /** The wait between two looks at a clip job. */
        @WithDefault("PT5S")
        Duration pollInterval();

        /** The clip lengths the servers make (OpenAI: 4, 8, 12); the shortest that covers the scene is asked for. */
        @WithDefault("4,8,12")
        List<Integer> seconds();
    }

    /** How every provider call is guarded (see {@code io.videogen.infrastructure.ai.Resilience}). */
    interface Guarding {

        @WithDefault("2")
        int maxRetries();

        @WithDefault("PT0.5S")
        Duration backoff();

        @WithDefault("PT8S")
        Duration maxBackoff();

        /** A {@code Retry-After} up to this long is waited out; a longer one fails the link at once. */
        @WithDefault("PT20S")
        Duration maxRetryAfter();

        @WithDefault("10")
        int circuitRequests();

        @WithDefault("0.5")
        double circuitFailureRatio();

        @WithDefault("PT30S")
        Duration circuitDelay();

        @WithDefault("8")
        int concurrency();

        @WithDefault("64")
        int queue();

        @WithDefault("PT5S")
        Duration connectTimeout();
    }
}
