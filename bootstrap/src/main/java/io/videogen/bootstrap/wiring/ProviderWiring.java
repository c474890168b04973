package io.videogen.bootstrap.wiring;

import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.MediaInspector;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.ProviderObserver;
import io.videogen.application.port.out.ProviderResultCache;
import io.videogen.application.port.out.ProvenanceStore;
import io.videogen.application.port.in.PronunciationsUseCase;
import io.videogen.application.port.out.PronunciationStore;
import io.videogen.application.port.out.ProviderKeyStore;
import io.videogen.application.provider.PronunciationLists;
import io.videogen.application.port.out.UsageLedger;
import io.videogen.application.port.out.SpeechSynthesizer;
import io.videogen.application.port.out.VisualGenerator;
import io.videogen.application.port.in.FeatureGate;
import io.videogen.application.port.in.VideoProvenanceUseCase;
import io.videogen.application.provider.ClipChain;
import io.videogen.application.provider.FeatureSwitchedProviders;
import io.videogen.application.provider.OwnProviderKeys;
import io.videogen.application.provider.PictureChain;
import io.videogen.application.provider.ProviderCatalog;
import io.videogen.application.provider.ScriptDrafting;
import io.videogen.application.provider.ScriptTranslation;
import io.videogen.application.provider.SpeechChain;
import io.videogen.application.provider.UsageMeter;
import io.videogen.application.render.VideoProvenance;
import io.videogen.application.service.Blocking;
import io.videogen.infrastructure.ai.directory.AiConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;

/**
 * The AI provider chains. The chains are beans of their own type only ({@code @Typed}), so the
 * offline synthesizer and painter stay the one {@link SpeechSynthesizer} and {@link VisualGenerator}
 * the chains fall back to.
 */
class ProviderWiring {

    /** The configured providers behind the {@code ai-providers} flag: what every chain below uses. */
    @Produces
    @Singleton
    @Typed(FeatureSwitchedProviders.class)
    FeatureSwitchedProviders switchedProviders(ProviderDirectory configured, FeatureGate features) {
        return new FeatureSwitchedProviders(configured, features);
    }

    @Produces
    @Singleton
    ScriptDrafting scriptDrafting(FeatureSwitchedProviders providers, ProviderObserver observer, Blocking blocking,
                                  OwnProviderKeys keys, UsageMeter meter) {
        return new ScriptDrafting(providers, observer, blocking, keys, meter);
    }

    /** A translation's script stage: the same chat chain, one checked call per video. */
    @Produces
    @Singleton
    ScriptTranslation scriptTranslation(FeatureSwitchedProviders providers, ProviderObserver observer,
                                        UsageMeter meter) {
        return new ScriptTranslation(providers, observer, meter);
    }

    /** Users' own keys, and the accounts their provider calls are made with. */
    @Produces
    @Singleton
    OwnProviderKeys ownProviderKeys(ProviderKeyStore store, FeatureSwitchedProviders providers, Clock clock,
                                    PronunciationStore pronunciations) {
        return new OwnProviderKeys(store, providers, clock, pronunciations);
    }

    /** Users' pronunciation lists, applied to what their videos' voices say. */
    @Produces
    @Singleton
    PronunciationsUseCase pronunciationLists(PronunciationStore store, Clock clock) {
        return new PronunciationLists(store, clock);
    }

    /** Monthly usage per user, limited by videogen.ai.quota.*. */
    @Produces
    @Singleton
    UsageMeter usageMeter(UsageLedger ledger, AiConfig config, Clock clock) {
        AiConfig.Quota quota = config.quota();
        return new UsageMeter(ledger, new UsageMeter.Limits(quota.chatTokens(), quota.speechCharacters(),
                quota.images(), quota.videoClips()), clock);
    }

    @Produces
    @Singleton
    VideoProvenanceUseCase videoProvenance(ProvenanceStore store) {
        return new VideoProvenance(store);
    }

    @Produces
    @Singleton
    ProviderCatalog providerCatalog(FeatureSwitchedProviders providers) {
        return new ProviderCatalog(providers);
    }

    @Produces
    @Singleton
    @Typed(SpeechChain.class)
    SpeechChain speechChain(FeatureSwitchedProviders providers, SpeechSynthesizer offline, MediaInspector inspector,
                            ProviderObserver observer, ProviderResultCache cache, UsageMeter meter) {
        return new SpeechChain(providers, offline, inspector, observer, cache, meter);
    }

    @Produces
    @Singleton
    @Typed(PictureChain.class)
    PictureChain pictureChain(FeatureSwitchedProviders providers, VisualGenerator offline, MediaInspector inspector,
                              ProviderObserver observer, ProviderResultCache cache, UsageMeter meter) {
        return new PictureChain(providers, offline, inspector, observer, cache, meter);
    }

    /** Clips for {@code clip} visuals with a prompt; a scene no provider made one for shows its prompt's picture. */
    @Produces
    @Singleton
    ClipChain clipChain(FeatureSwitchedProviders providers, MediaInspector inspector, ProviderObserver observer,
                        ProviderResultCache cache, UsageMeter meter) {
        return new ClipChain(providers, inspector, observer, cache, meter);
    }
}
