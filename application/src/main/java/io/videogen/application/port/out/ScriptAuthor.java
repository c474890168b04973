package io.videogen.application.port.out;

import io.videogen.domain.script.ScriptDraft;
import io.videogen.domain.script.TopicBrief;
import io.videogen.domain.translation.SceneTexts;
import io.videogen.domain.translation.TranslationBrief;
import java.util.List;

/**
 * One language-model provider that writes a script from a topic. Blocking. Fails with
 * {@link ProviderUnavailableException} when the provider cannot be reached or keeps failing, and with
 * {@link UnusableAnswerException} when it answers but not with a script.
 */
public interface ScriptAuthor {

    /** The configured provider's name, as {@code GET /api/v1/providers} lists it. */
    String provider();

    ScriptDraft write(TopicBrief brief);

    /** The same, with the tokens the provider says the call used (0 when it does not say). */
    default Written writeCounted(TopicBrief brief) {
        return new Written(write(brief), 0);
    }

    record Written(ScriptDraft draft, long tokens) {
    }

    /**
     * Translates every scene's texts into {@code brief.language()} in one structured call, one entry
     * per scene in the same order. A provider that cannot translate answers with an
     * {@link UnusableAnswerException}; the caller checks the answer (glossary, variables).
     */
    default Translated translate(List<SceneTexts> scenes, TranslationBrief brief) {
        throw new UnusableAnswerException(provider(), "provider '" + provider() + "' cannot translate");
    }

    record Translated(List<SceneTexts> scenes, long tokens) {
    }
}
