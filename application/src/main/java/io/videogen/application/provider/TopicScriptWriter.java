package io.videogen.application.provider;

import io.videogen.application.port.in.ProviderNotConfiguredException;
import io.videogen.application.port.in.ScriptGenerationFailedException;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.application.port.out.ScriptWriter;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.application.service.VideoRules;
import io.videogen.domain.script.ScriptDraft;
import io.videogen.domain.script.TopicBrief;
import io.videogen.domain.shared.DomainException;
import io.videogen.domain.translation.SceneTexts;
import io.videogen.domain.translation.TranslationBrief;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Script;
import io.videogen.domain.video.Script.SceneDraft;
import io.videogen.domain.video.VideoSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The script stage's writer: a video made from a topic has its scenes drafted by the chat chain
 * ({@link ScriptDrafting}), each with the picture prompt the model wrote; any other video keeps the
 * script its client wrote. A translation has its source's scenes translated ({@link ScriptTranslation})
 * with their visuals kept, so unchanged stills come from the stills cache. A chain that fails as a whole fails the stage with a retryable provider
 * error, which the pipeline reports as {@code SCRIPT_GENERATION_FAILED}.
 */
public final class TopicScriptWriter implements ScriptWriter {

    private final ScriptWriter written;
    private final ScriptDrafting drafting;
    private final ScriptTranslation translation;
    private final VideoRules rules;

    public TopicScriptWriter(ScriptWriter written, ScriptDrafting drafting, ScriptTranslation translation,
                             VideoRules rules) {
        this.written = written;
        this.drafting = drafting;
        this.translation = translation;
        this.rules = rules;
    }

    @Override
    public Script write(VideoSpec spec) {
        return write(spec, ProviderAccount.SERVER);
    }

    @Override
    public Script write(VideoSpec spec, ProviderAccount account) {
        Optional<TranslationBrief> translationOf = spec.translationOf();
        if (translationOf.isPresent()) {
            return translated(spec.script(), translationOf.get(), account);
        }
        Optional<TopicBrief> topic = spec.fromTopic();
        if (topic.isEmpty()) {
            return written.write(spec);
        }
        ScriptDraft draft;
        try {
            draft = drafting.write(topic.get(), account);
        } catch (ProviderNotConfiguredException e) {
            // the operator took the chat provider away after the video was accepted; configuring one helps
            throw new ProviderUnavailableException(null, e.getMessage(), null, e);
        } catch (ScriptGenerationFailedException e) {
            throw new UnusableAnswerException(null, e.getMessage());
        }
        // the stand-in scene carries what the request and its template chose for every scene
        Scene standIn = spec.script().scenes().get(0);
        List<SceneDraft> scenes = draft.scenes().stream()
                .map(scene -> new SceneDraft(scene.text(), null, scene.title(), scene.visual(), null)).toList();
        try {
            return Script.fromScenes(scenes, standIn.visual(), standIn.avatar(), rules.scriptConfig(),
                    rules.limits());
        } catch (DomainException e) {
            throw new UnusableAnswerException(null, "the drafted script cannot be narrated: " + e.getMessage()
                    + "; try again, or with a shorter durationSeconds");
        }
    }

    /**
     * The source's scenes with their words translated: scene boundaries, visuals and presenter kept.
     * A caption that only repeats the spoken text stays null, so it follows the translated text.
     */
    private Script translated(Script source, TranslationBrief brief, ProviderAccount account) {
        List<SceneTexts> texts = source.scenes().stream()
                .map(scene -> new SceneTexts(scene.text(), scene.caption(), scene.title())).toList();
        List<SceneTexts> words = translation.translate(texts, brief, account);
        List<SceneDraft> scenes = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Scene scene = source.scenes().get(i);
            scenes.add(new SceneDraft(words.get(i).text(), words.get(i).caption(), words.get(i).title(),
                    scene.visual(), scene.avatar()));
        }
        try {
            return Script.fromScenes(scenes, source.scenes().get(0).visual(), false, rules.scriptConfig(),
                    rules.limits());
        } catch (DomainException e) {
            throw new TranslationFailedException("the translated script cannot be narrated: " + e.getMessage()
                    + "; retry the video");
        }
    }
}
