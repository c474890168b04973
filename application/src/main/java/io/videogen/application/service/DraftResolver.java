package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.ProviderNotConfiguredException;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.AssetRepository;
import io.videogen.application.port.out.AvatarRepository;
import io.videogen.application.port.out.CallbackAddressGuard;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.ScriptAuthor;
import io.videogen.application.port.out.TemplateRepository;
import io.videogen.domain.asset.Asset;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.script.ScriptVariables;
import io.videogen.domain.script.TopicBrief;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.template.Template;
import io.videogen.domain.template.Template.Design;
import io.videogen.domain.user.Caller;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Script;
import io.videogen.domain.video.Script.SceneDraft;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.video.VideoSpec;
import io.videogen.domain.video.VideoTitle;
import io.videogen.domain.media.Visual;
import io.videogen.domain.media.Voice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what a client asked for into a complete render spec: the template fills what the draft
 * leaves open, variables are substituted, and the script is parsed into scenes and caption cues.
 */
public final class DraftResolver {

    private final TemplateRepository templates;
    private final AvatarRepository avatars;
    private final AssetRepository assets;
    private final VideoRules rules;
    private final CallbackAddressGuard callbacks;
    private final ProviderDirectory providers;

    /** A resolver with no AI providers: a topic is refused as not configured. */
    public DraftResolver(TemplateRepository templates, AvatarRepository avatars, AssetRepository assets,
                         VideoRules rules, CallbackAddressGuard callbacks) {
        this(templates, avatars, assets, rules, callbacks, null);
    }

    /** @param providers decides whether a topic can be drafted (a chat provider is configured) */
    public DraftResolver(TemplateRepository templates, AvatarRepository avatars, AssetRepository assets,
                         VideoRules rules, CallbackAddressGuard callbacks, ProviderDirectory providers) {
        this.templates = templates;
        this.avatars = avatars;
        this.assets = assets;
        this.rules = rules;
        this.callbacks = callbacks;
        this.providers = providers;
    }

    public record Resolved(VideoTitle title, VideoSpec spec) {
    }

    public Uni<Resolved> resolve(Caller caller, VideoDraft draft) {
        Uni<Resolved> resolved;
        if (draft.templateId() == null) {
            resolved = Uni.createFrom().item(() -> resolve(draft, Optional.empty()));
        } else {
            resolved = templates.findVisible(draft.templateId(), caller)
                    .map(found -> found.orElseThrow(() -> new ResourceNotFoundException("template",
                            draft.templateId())))
                    .map(template -> resolve(draft, Optional.of(template.design())));
        }
        // the callback's host is resolved last: a request with other mistakes is refused without a lookup
        return resolved.call(found -> checkReferences(caller, draft, found.spec()))
                .call(() -> draft.callbackUrl() == null ? Uni.createFrom().voidItem()
                        : callbacks.check(draft.callbackUrl()));
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
        Map<AssetId, String> images = new LinkedHashMap<>();
        List<Scene> scenes = spec.script().scenes();
        for (Scene scene : scenes) {
            if (scene.visual() instanceof Visual.Image image) {
                images.putIfAbsent(image.assetId(), imageField(draft, image.assetId(), scene.index()));
            }
        }
        for (Map.Entry<AssetId, String> image : images.entrySet()) {
            chain = chain.call(() -> checkAsset(caller, image.getKey(), image.getValue(), true));
        }
        if (spec.backgroundMusic().isPresent()) {
            AssetId music = spec.backgroundMusic().get().assetId();
            String field = draft.music() != null ? "music.assetId" : "templateId";
            chain = chain.call(() -> checkAsset(caller, music, field, false));
        }
        return chain;
    }

    private Uni<Void> checkAsset(Caller caller, AssetId id, String field, boolean image) {
        return assets.findVisible(id, caller).map(found -> {
            Asset asset = found.orElseThrow(() -> ResourceNotFoundException.because("no asset with id " + id
                    + " (" + field + "); upload it with POST /api/v1/assets or choose one of GET /api/v1/assets"));
            if (image != asset.kind().isImage()) {
                throw new InvalidValueException(field, "asset " + id + " is " + asset.kind().mediaType()
                        + "; " + (image ? "a visual needs an image (png, jpeg or webp)"
                        : "music needs audio (wav or mp3)"));
            }
            return null;
        });
    }

    /** Where the request named an image: a scene's own visual, or else the template's background. */
    private static String imageField(VideoDraft draft, AssetId id, int sceneIndex) {
        if (draft.script() instanceof ScriptSource.Scenes given) {
            List<SceneDraft> scenes = given.scenes();
            for (int i = 0; i < scenes.size(); i++) {
                if (scenes.get(i).visual() instanceof Visual.Image image && image.assetId().equals(id)) {
                    return "scenes[" + i + "].visual.assetId";
                }
            }
        }
        if (draft.visual() instanceof Visual.Image image && image.assetId().equals(id)) {
            return "visual.assetId";
        }
        return draft.templateId() != null ? "templateId" : "scenes[" + sceneIndex + "].visual.assetId";
    }

    /**
     * Resolves a draft that names no template, on the caller's thread (no repository is asked):
     * for offline renders, which run without the service's database.
     */
    public Resolved resolveWithoutTemplate(VideoDraft draft) {
        if (draft.templateId() != null) {
            throw new IllegalArgumentException("this draft names template " + draft.templateId());
        }
        return resolve(draft, Optional.empty());
    }

    Resolved resolve(VideoDraft draft, Optional<Design> design) {
        Map<String, String> variables = draft.variables();
        VideoConfig output = draft.output() != null ? draft.output()
                : design.map(Design::output).orElse(VideoConfig.defaults());
        rules.limits().checkResolution(output.resolution());
        Visual visual = draft.visual() != null ? draft.visual()
                : design.map(Design::background).orElse(Visual.DEFAULT);
        AvatarConfig avatarConfig = draft.avatarConfig() != null ? draft.avatarConfig()
                : design.map(Design::avatarPlacement).orElse(AvatarConfig.defaults());
        ImageSyncConfig imageSync = draft.imageSync() != null ? draft.imageSync()
                : design.map(Design::transitions).orElse(ImageSyncConfig.defaults());
        CaptionStyle captionStyle = design.map(Design::captionStyle).orElse(CaptionStyle.defaults());
        boolean avatar = draft.avatarId() != null;

        Script script = withIntroAndOutro(script(draft.script(), variables, visual, avatar), design);
        Voice voice = draft.voice() != null ? draft.voice() : Voice.defaults();
        VideoSpec spec = new VideoSpec(script, output, voice, draft.templateId(), draft.avatarId(), avatarConfig,
                imageSync, draft.burnInCaptions() == null || draft.burnInCaptions(), captionStyle,
                draft.music() != null ? draft.music() : design.flatMap(Design::backgroundMusic).orElse(null),
                draft.callbackUrl(), draft.script() instanceof ScriptSource.Topic topic ? topic.brief() : null);
        VideoTitle title = new VideoTitle(ScriptVariables.substitute(draft.title().value(), variables));
        return new Resolved(title, spec);
    }

    private Script script(ScriptSource source, Map<String, String> variables, Visual visual, boolean avatar) {
        if (source instanceof ScriptSource.Topic topic) {
            return standIn(topic.brief(), visual, avatar);
        }
        if (source instanceof ScriptSource.PlainText text) {
            return Script.fromText(ScriptVariables.substitute(text.text(), variables), visual, avatar,
                    rules.scriptConfig(), rules.limits());
        }
        return Script.fromScenes(substitute(((ScriptSource.Scenes) source).scenes(), variables), visual, avatar,
                rules.scriptConfig(), rules.limits());
    }

    /**
     * The script a topic video holds until its script stage drafts the scenes: one scene saying the
     * topic. Refused at once when no chat provider could draft it.
     */
    private Script standIn(TopicBrief brief, Visual visual, boolean avatar) {
        List<ScriptAuthor> authors = providers == null ? List.of() : providers.scriptAuthors();
        if (authors.isEmpty()) {
            throw ProviderNotConfiguredException.noChat(providers == null ? "videogen.ai.providers.<name>.chat-model"
                    : providers.settingFor(Capability.CHAT));
        }
        return Script.fromScenes(List.of(new SceneDraft(brief.topic(), null, null, null, null)), visual, avatar,
                rules.scriptConfig(), rules.limits());
    }

    private static List<SceneDraft> substitute(List<SceneDraft> scenes, Map<String, String> variables) {
        return scenes.stream().map(scene -> new SceneDraft(
                substituteNullable(scene.text(), variables),
                substituteNullable(scene.caption(), variables),
                substituteNullable(scene.title(), variables),
                scene.visual(), scene.avatar())).toList();
    }

    private static String substituteNullable(String text, Map<String, String> variables) {
        return text == null ? null : ScriptVariables.substitute(text, variables);
    }

    /** A template's intro and outro titles become the title cards of the first and last scenes that have none. */
    private static Script withIntroAndOutro(Script script, Optional<Design> design) {
        if (design.isEmpty()) {
            return script;
        }
        List<Scene> scenes = new ArrayList<>(script.scenes());
        String intro = design.get().introTitle();
        String outro = design.get().outroTitle();
        if (intro != null && scenes.get(0).title() == null) {
            scenes.set(0, retitled(scenes.get(0), intro));
        }
        int last = scenes.size() - 1;
        if (outro != null && scenes.get(last).title() == null) {
            scenes.set(last, retitled(scenes.get(last), outro));
        }
        return new Script(scenes);
    }

    private static Scene retitled(Scene scene, String title) {
        return new Scene(scene.index(), scene.text(), scene.caption(), title, scene.visual(), scene.avatar(),
                scene.cues());
    }
}
