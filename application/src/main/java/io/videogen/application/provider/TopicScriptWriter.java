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
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Script;
import io.videogen.domain.video.Script.SceneDraft;
import io.videogen.domain.video.VideoSpec;
import java.util.List;
import java.util.Optional;

/**
 * The script stage's writer: a video made from a topic has its scenes drafted by the chat chain
 * ({@link ScriptDrafting}), each with the picture prompt the model wrote; any other video keeps the
 * script its client wrote. A chain that fails as a whole fails the stage with a retryable provider
 * error, which the pipeline reports as {@code SCRIPT_GENERATION_FAILED}.
 */
public final class TopicScriptWriter implements ScriptWriter {

    private final ScriptWriter written;
    private final ScriptDrafting drafting;
    private final VideoRules rules;

    public TopicScriptWriter(ScriptWriter written, ScriptDrafting drafting, VideoRules rules) {
        this.written = written;
        this.drafting = drafting;
        this.rules = rules;
    }

    @Override
    public Script write(VideoSpec spec) {
        return write(spec, ProviderAccount.SERVER);
    }

    @Override
    public Script write(VideoSpec spec, ProviderAccount account) {
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
}
