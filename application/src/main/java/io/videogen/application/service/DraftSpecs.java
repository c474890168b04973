package io.videogen.application.service;

import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.CaptionChoice;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.in.VideoDraft.Look;
import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.media.Visual;
import io.videogen.domain.media.Voice;
import io.videogen.domain.script.ScriptVariables;
import io.videogen.domain.template.Template.Design;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Script;
import io.videogen.domain.video.Script.SceneDraft;
import io.videogen.domain.video.VideoSpec;
import io.videogen.domain.video.VideoTitle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a draft and its template's design (if any) into a complete render spec, asking no
 * repository: the template fills what the draft leaves open, variables are substituted, and the
 * script is parsed into scenes and caption cues. The service ({@link DraftResolver}) and the
 * command line alike resolve drafts here.
 */
public final class DraftSpecs {

    private final VideoRules rules;

    public DraftSpecs(VideoRules rules) {
        this.rules = rules;
    }

    /** Resolves a draft that names no template (the command line's, which has no template store). */
    public DraftResolver.Resolved withoutTemplate(VideoDraft draft) {
        if (draft.templateId() != null) {
            throw new IllegalArgumentException("this draft names template " + draft.templateId());
        }
        return resolve(draft, Optional.empty());
    }

    public DraftResolver.Resolved resolve(VideoDraft draft, Optional<Design> design) {
        Map<String, String> variables = draft.variables();
        Look look = draft.look();
        VideoConfig output = look.output() != null ? look.output()
                : design.map(Design::output).orElse(VideoConfig.defaults());
        rules.limits().checkResolution(output.resolution());
        Visual background = look.background() != null ? look.background()
                : design.map(Design::background).orElse(Visual.DEFAULT);
        AvatarConfig placement = draft.presenter()
                .over(design.map(Design::avatarPlacement).orElse(AvatarConfig.defaults()));
        ImageSyncConfig transitions = design.map(Design::transitions).orElse(ImageSyncConfig.defaults());
        ImageSyncConfig imageSync = look.motion() != null ? look.motion().over(transitions) : transitions;
        CaptionChoice captions = look.captions() != null ? look.captions() : CaptionChoice.burnIn(true);
        CaptionStyle captionStyle = captions.applyTo(design.map(Design::captionStyle).orElse(CaptionStyle.defaults()));
        boolean avatar = draft.presenter().avatarId() != null;

        Script script = withIntroAndOutro(script(draft.script(), variables, background, avatar), design);
        Voice voice = draft.sound().voice() != null ? draft.sound().voice() : Voice.defaults();
        VideoSpec spec = new VideoSpec(script, output, voice, draft.templateId(), draft.presenter().avatarId(),
                placement, imageSync, captions.burnsIn(), captionStyle,
                draft.sound().music() != null ? draft.sound().music()
                        : design.flatMap(Design::backgroundMusic).orElse(null),
                draft.callbackUrl(), draft.script() instanceof ScriptSource.Topic topic ? topic.brief() : null);
        VideoTitle title = new VideoTitle(ScriptVariables.substitute(draft.title().value(), variables));
        return new DraftResolver.Resolved(title, spec);
    }

    private Script script(ScriptSource source, Map<String, String> variables, Visual visual, boolean avatar) {
        if (source instanceof ScriptSource.Topic topic) {
            // what a topic video holds until its script stage drafts the scenes: one scene saying the topic
            return Script.fromScenes(List.of(new SceneDraft(topic.brief().topic(), null, null, null, null)), visual,
                    avatar, rules.scriptConfig(), rules.limits());
        }
        if (source instanceof ScriptSource.PlainText text) {
            return Script.fromText(ScriptVariables.substitute(text.text(), variables), visual, avatar,
                    rules.scriptConfig(), rules.limits());
        }
        return Script.fromScenes(substitute(((ScriptSource.Scenes) source).scenes(), variables), visual, avatar,
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
