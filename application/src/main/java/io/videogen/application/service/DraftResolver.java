package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.FeatureGate;
import io.videogen.application.port.in.ProviderNotConfiguredException;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.AssetRepository;
import io.videogen.application.port.out.AvatarRepository;
import io.videogen.application.port.out.CallbackAddressGuard;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.TemplateRepository;
import io.videogen.domain.asset.Asset;
import io.videogen.domain.feature.Feature;
import io.videogen.domain.media.Visual;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.VideoSpec;
import io.videogen.domain.video.VideoTitle;
import java.util.Optional;

/**
 * Turns what a client asked for into a complete render spec ({@link DraftSpecs}) with the template
 * it names, and checks what the spec refers to: the avatar and every asset ({@link SpecAssets}) must
 * be the caller's own, and the callback's host an address the service may call.
 */
public final class DraftResolver {

    private final TemplateRepository templates;
    private final AvatarRepository avatars;
    private final AssetRepository assets;
    private final DraftSpecs specs;
    private final CallbackAddressGuard callbacks;
    private final ProviderDirectory providers;
    private final FeatureGate features;

    /** A resolver with no AI providers: a topic is refused as not configured. */
    public DraftResolver(TemplateRepository templates, AvatarRepository avatars, AssetRepository assets,
                         VideoRules rules, CallbackAddressGuard callbacks) {
        this(templates, avatars, assets, rules, callbacks, null, null);
    }

    /**
     * @param providers decides whether a topic can be drafted (a chat provider is configured)
     * @param features  refuses what needs a provider (a topic, a clip from a prompt) while {@code ai-providers} is off
     */
    public DraftResolver(TemplateRepository templates, AvatarRepository avatars, AssetRepository assets,
                         VideoRules rules, CallbackAddressGuard callbacks, ProviderDirectory providers,
                         FeatureGate features) {
        this.templates = templates;
        this.avatars = avatars;
        this.assets = assets;
        this.specs = new DraftSpecs(rules);
        this.callbacks = callbacks;
        this.providers = providers;
        this.features = features;
    }

    public record Resolved(VideoTitle title, VideoSpec spec) {
    }

    public Uni<Resolved> resolve(Caller caller, VideoDraft draft) {
        boolean topic = draft.script() instanceof ScriptSource.Topic;
        // the flag first: a switched-off feature is refused before anything about the request is judged
        return (topic ? aiProviders() : Uni.createFrom().voidItem()).chain(() -> {
            if (topic) {
                requireChatProvider();
            }
            return specOf(caller, draft);
        }).call(found -> asksForGeneratedClips(found.spec()) ? aiProviders() : Uni.createFrom().voidItem())
                // the callback's host is resolved last: a request with other mistakes is refused without a lookup
                .call(found -> checkReferences(caller, draft, found.spec()))
                .call(() -> draft.callbackUrl() == null ? Uni.createFrom().voidItem()
                        : callbacks.check(draft.callbackUrl()));
    }

    private Uni<Resolved> specOf(Caller caller, VideoDraft draft) {
        Uni<Resolved> resolved;
        if (draft.templateId() == null) {
            resolved = Uni.createFrom().item(() -> specs.resolve(draft, Optional.empty()));
        } else {
            resolved = templates.findVisible(draft.templateId(), caller)
                    .map(found -> found.orElseThrow(() -> new ResourceNotFoundException("template",
                            draft.templateId())))
                    .map(template -> specs.resolve(draft, Optional.of(template.design())));
        }
        return resolved;
    }

    /** A clip made from a prompt is a video provider's work (its picture stand-in is only a fallback). */
    private static boolean asksForGeneratedClips(VideoSpec spec) {
        return spec.script().scenes().stream()
                .anyMatch(scene -> scene.visual() instanceof Visual.Clip clip && !clip.uploaded());
    }

    private Uni<Void> aiProviders() {
        return features == null ? Uni.createFrom().voidItem() : features.require(Feature.AI_PROVIDERS);
    }

    /**
     * The avatar and every asset the spec uses must be the caller's own and of the right kind: a
     * wrong id is refused now, with the field to fix, instead of failing the render later.
     */
    private Uni<Void> checkReferences(Caller caller, VideoDraft draft, VideoSpec spec) {
        Uni<Void> chain = spec.avatar().<Uni<Void>>map(id -> avatars.findVisible(id, caller).map(found -> {
            if (found.isEmpty()) {
                throw ResourceNotFoundException.because("no avatar with id " + id
                        + "; list yours with GET /api/v1/avatars or leave avatarId out");
            }
            return null;
        })).orElse(Uni.createFrom().voidItem());
        for (SpecAssets.Use use : SpecAssets.of(spec, draft)) {
            chain = chain.call(() -> assets.findVisible(use.id(), caller).map(found -> {
                Asset asset = found.orElseThrow(() -> ResourceNotFoundException.because("no asset with id "
                        + use.id() + " (" + use.field() + "); upload it with POST /api/v1/assets or choose one of "
                        + "GET /api/v1/assets"));
                use.requireKind(asset.kind(), "asset " + use.id());
                return null;
            }));
        }
        return chain;
    }

    /** A topic needs a chat provider to draft its scenes: refused at once when none is configured. */
    private void requireChatProvider() {
        if (providers == null || providers.scriptAuthors().isEmpty()) {
            throw ProviderNotConfiguredException.noChat(providers == null ? "videogen.ai.providers.<name>.chat-model"
                    : providers.settingFor(Capability.CHAT));
        }
    }
}
