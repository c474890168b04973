package io.videogen.infrastructure.ai.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.ScriptAuthor;
import io.videogen.application.port.out.TokenBuckets;
import io.videogen.domain.provider.Capability;
import io.videogen.infrastructure.ai.ProviderGuard;
import io.videogen.infrastructure.ai.ProviderHttp;
import io.videogen.infrastructure.ai.ProviderMeters;
import io.videogen.infrastructure.ai.ProviderRateLimit;
import io.videogen.infrastructure.ai.ProviderSettings;
import io.videogen.infrastructure.ai.Resilience;
import io.videogen.application.port.out.ClipGenerator;
import io.videogen.application.port.out.ImageGenerator;
import io.videogen.infrastructure.ai.elevenlabs.ElevenLabsSpeech;
import io.videogen.infrastructure.ai.openai.OpenAiClips;
import io.videogen.infrastructure.ai.openai.OpenAiImages;
import io.videogen.infrastructure.ai.openai.OpenAiScriptAuthor;
import io.videogen.infrastructure.ai.openai.OpenAiSpeech;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * The providers of the configuration, each capability guarded on its own (so a provider whose image
 * model is down still speaks), and the admin switch. Adapters are built once at start.
 */
@ApplicationScoped
public class ConfiguredProviders implements ProviderDirectory {

    private static final Logger LOG = Logger.getLogger(ConfiguredProviders.class);
    private static final Map<Capability, Duration> DEFAULT_TIMEOUTS = Map.of(Capability.CHAT, Duration.ofSeconds(60),
            Capability.SPEECH, Duration.ofSeconds(60), Capability.IMAGE, Duration.ofSeconds(120),
            Capability.VIDEO, Duration.ofSeconds(120));

    private final ProviderRoster roster;
    private final Map<String, Map<Capability, ProviderGuard>> guards = new ConcurrentHashMap<>();
    private final Map<String, Boolean> switchedOff = new ConcurrentHashMap<>();
    private final List<ScriptAuthor> scriptAuthors;
    private final List<SpeechLink> speechLinks;
    private final List<ImageGenerator> imageLinks;
    private final List<ClipGenerator> clipLinks;
    private final AiConfig.VideoChain video;
    private final Clock clock;
    private final ProviderHttp http;
    private final ObjectMapper json;
    private final Map<Capability, Resilience> resilience;

    @Inject
    public ConfiguredProviders(AiConfig config, MeterRegistry registry, TokenBuckets buckets) {
        this(new ProviderRoster(config), config, new ProviderMeters(registry), Clock.systemUTC(), buckets);
    }

    ConfiguredProviders(ProviderRoster roster, AiConfig config, ProviderMeters meters, Clock clock,
                        TokenBuckets buckets) {
        this.roster = roster;
        ProviderHttp http = new ProviderHttp(config.resilience().connectTimeout());
        ObjectMapper json = new ObjectMapper();
        Map<Capability, Resilience> resilience = new EnumMap<>(Capability.class);
        for (Capability capability : Capability.values()) {
            resilience.put(capability, resilience(config, capability));
        }
        for (ProviderSettings provider : roster.providers().values()) {
            ProviderRateLimit limit = new ProviderRateLimit(buckets, provider.name(),
                    config.providers().get(provider.name()).requestsPerMinute());
            provider.capabilities().forEach(capability -> guards.computeIfAbsent(provider.name(),
                    name -> new EnumMap<>(Capability.class)).put(capability, new ProviderGuard(provider.name(),
                    capability, resilience.get(capability), meters, clock, limit)));
        }
        this.http = http;
        this.json = json;
        this.resilience = resilience;
        this.video = config.video();
        this.clock = clock;
        Links links = links(UnaryOperator.identity());
        this.scriptAuthors = links.authors();
        this.speechLinks = links.speech();
        this.imageLinks = links.images();
        this.clipLinks = links.clips();
        if (!roster.providers().isEmpty()) {
            LOG.infof("AI providers: %s; chains: %s", String.join(", ", roster.providers().keySet()),
                    roster.chains());
        }
    }

    @Override
    public List<ProviderStatus> providers() {
        return roster.providers().values().stream().map(this::status).toList();
    }

    @Override
    public Optional<ProviderStatus> switchProvider(String name, boolean enabled) {
        if (!roster.providers().containsKey(name)) {
            return Optional.empty();
        }
        if (enabled) {
            switchedOff.remove(name);
        } else {
            switchedOff.put(name, Boolean.TRUE);
        }
        LOG.infof("provider %s switched %s", name, enabled ? "on" : "off");
        return Optional.of(status(roster.providers().get(name)));
    }

    @Override
    public List<ScriptAuthor> scriptAuthors() {
        return scriptAuthors;
    }

    @Override
    public List<SpeechLink> speechLinks() {
        return speechLinks;
    }

    @Override
    public List<ImageGenerator> imageLinks() {
        return imageLinks;
    }

    @Override
    public List<ClipGenerator> clipLinks() {
        return clipLinks;
    }

    @Override
    public boolean offlineFallback(Capability capability) {
        List<String> chain = roster.chain(capability);
        return !chain.isEmpty() && chain.get(chain.size() - 1).equals(ProviderRoster.OFFLINE);
    }

    @Override
    public boolean enabled(String provider) {
        return !switchedOff.containsKey(provider);
    }

    @Override
    public String settingFor(Capability capability) {
        return "videogen.ai.providers.<name>." + capability.key() + "-model";
    }

    /** With a user's own keys the adapters are made for the call; guards and rate limits stay the provider's. */
    @Override
    public ProviderDirectory as(ProviderAccount account) {
        if (!account.hasOwnKeys()) {
            return this;
        }
        Links links = links(settings -> account.keyFor(settings.name()).map(settings::withApiKey).orElse(settings));
        return new AccountLinks(this, links);
    }

    /** The adapters of every chain, each built with the settings {@code keyed} gives its provider. */
    private Links links(UnaryOperator<ProviderSettings> keyed) {
        List<ScriptAuthor> authors = new ArrayList<>();
        for (String name : roster.chain(Capability.CHAT)) {
            authors.add(new OpenAiScriptAuthor(keyed.apply(roster.providers().get(name)), http,
                    guard(name, Capability.CHAT), resilience.get(Capability.CHAT).timeout(), json));
        }
        List<SpeechLink> speech = new ArrayList<>();
        for (String name : links(Capability.SPEECH)) {
            ProviderSettings provider = keyed.apply(roster.providers().get(name));
            Duration timeout = resilience.get(Capability.SPEECH).timeout();
            speech.add(new SpeechLink(name, provider.kind() == ProviderSettings.Kind.ELEVENLABS
                    ? new ElevenLabsSpeech(provider, http, guard(name, Capability.SPEECH), timeout, json)
                    : new OpenAiSpeech(provider, http, guard(name, Capability.SPEECH), timeout, json),
                    provider.fingerprint(Capability.SPEECH)));
        }
        List<ImageGenerator> images = new ArrayList<>();
        for (String name : links(Capability.IMAGE)) {
            images.add(new OpenAiImages(keyed.apply(roster.providers().get(name)), http, guard(name, Capability.IMAGE),
                    resilience.get(Capability.IMAGE).timeout(), json));
        }
        List<ClipGenerator> clips = new ArrayList<>();
        OpenAiClips.Timing timing = new OpenAiClips.Timing(resilience.get(Capability.VIDEO).timeout(),
                video.deadline(), video.pollInterval(), video.seconds());
        for (String name : links(Capability.VIDEO)) {
            clips.add(new OpenAiClips(keyed.apply(roster.providers().get(name)), http, guard(name, Capability.VIDEO),
                    timing, json, clock));
        }
        return new Links(List.copyOf(authors), List.copyOf(speech), List.copyOf(images), List.copyOf(clips));
    }

    record Links(List<ScriptAuthor> authors, List<SpeechLink> speech, List<ImageGenerator> images,
                 List<ClipGenerator> clips) {
    }

    /** The guard of one provider's capability. */
    public ProviderGuard guard(String provider, Capability capability) {
        return Objects.requireNonNull(guards.getOrDefault(provider, Map.of()).get(capability),
                () -> provider + " offers no " + capability.key());
    }

    public ProviderRoster roster() {
        return roster;
    }

    private List<String> links(Capability capability) {
        return roster.chain(capability).stream().filter(name -> !name.equals(ProviderRoster.OFFLINE)).toList();
    }

    private ProviderStatus status(ProviderSettings provider) {
        Map<Capability, ProviderGuard> own = guards.getOrDefault(provider.name(), Map.of());
        CircuitState circuit = own.values().stream().map(ProviderGuard::circuit)
                .max(Comparator.comparingInt(ConfiguredProviders::severity)).orElse(CircuitState.CLOSED);
        String lastError = own.values().stream().map(ProviderGuard::lastError).filter(Objects::nonNull)
                .findFirst().orElse(null);
        Instant lastSuccess = own.values().stream().map(ProviderGuard::lastSuccessAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new ProviderStatus(provider.name(), provider.kind().key(), provider.capabilities(), provider.models(),
                enabled(provider.name()), circuit, lastError, lastSuccess);
    }

    private static int severity(CircuitState state) {
        return switch (state) {
            case CLOSED -> 0;
            case HALF_OPEN -> 1;
            case OPEN -> 2;
        };
    }

    private static Resilience resilience(AiConfig config, Capability capability) {
        AiConfig.Guarding guarding = config.resilience();
        Duration timeout = ProviderRoster.chainConfig(config, capability).timeout()
                .orElse(DEFAULT_TIMEOUTS.get(capability));
        return new Resilience(timeout, guarding.maxRetries(), guarding.backoff(), guarding.maxBackoff(),
                guarding.maxRetryAfter(), guarding.circuitRequests(), guarding.circuitFailureRatio(),
                guarding.circuitDelay(), guarding.concurrency(), guarding.queue());
    }
}
