package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.script.ScriptDraft;
import io.videogen.domain.script.TopicBrief;
import io.videogen.domain.user.Caller;

/** Writes an editable script from a topic with the configured chat providers. */
public interface DraftScriptUseCase {

    /**
     * Fails with {@link ProviderNotConfiguredException} when no chat provider is configured,
     * {@code ProviderUnavailableException} when every one failed, and
     * {@link ScriptGenerationFailedException} when those that answered did not answer with a script.
     */
    Uni<ScriptDraft> draft(Caller caller, TopicBrief brief);
}
