package io.videogen.application.provider;

import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.ProviderObserver;
import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.application.port.out.ScriptAuthor;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.translation.SceneTexts;
import io.videogen.domain.translation.TranslationBrief;
import io.videogen.domain.translation.TranslationCheck;
import java.util.List;

/**
 * Translates a video's scenes with the chat chain, one structured call per video, and checks the
 * answer instead of trusting it ({@link TranslationCheck}): an answer that changes a glossary term
 * or a {@code {{variable}}} is asked for once more, and a second such answer fails the translation.
 * A provider that fails or answers unusably hands over to the next one.
 */
public final class ScriptTranslation {

    private final ProviderDirectory directory;
    private final ProviderObserver observer;
    private final UsageMeter meter;

    public ScriptTranslation(ProviderDirectory directory, ProviderObserver observer, UsageMeter meter) {
        this.directory = directory;
        this.observer = observer;
        this.meter = meter;
    }

    /** Blocking: the scenes' texts in {@code brief.language()}, in the same order. */
    public List<SceneTexts> translate(List<SceneTexts> source, TranslationBrief brief, ProviderAccount account) {
        List<ScriptAuthor> chain = directory.as(account).scriptAuthors();
        if (chain.isEmpty()) {
            throw new TranslationFailedException("no chat provider is configured, so videos cannot be translated; set "
                    + directory.settingFor(Capability.CHAT) + " (with its .kind and .base-url)");
        }
        meter.admit(account, Capability.CHAT);
        ChainFailures failures = new ChainFailures();
        boolean fallback = false;
        for (ScriptAuthor author : chain) {
            if (!directory.enabled(author.provider())) {
                failures.switchedOff(author.provider());
                continue;
            }
            try {
                List<SceneTexts> translated = checked(author, source, brief, account);
                observer.served(Capability.CHAT, author.provider(), fallback);
                return translated;
            } catch (ProviderUnavailableException e) {
                failures.unavailable(e);
            } catch (TranslationFailedException e) {
                throw e;
            } catch (UnusableAnswerException e) {
                failures.unusable(e);
            }
            fallback = true;
        }
        observer.exhausted(Capability.CHAT);
        throw new TranslationFailedException("no chat provider translated the video: " + failures.summary()
                + "; retry the video later");
    }

    /** One provider, asked at most twice; a second answer that breaks the rules fails the translation. */
    private List<SceneTexts> checked(ScriptAuthor author, List<SceneTexts> source, TranslationBrief brief,
                                     ProviderAccount account) {
        List<String> wrong = List.of();
        for (int attempt = 1; attempt <= 2; attempt++) {
            ScriptAuthor.Translated answer = author.translate(source, brief);
            meter.record(account, Capability.CHAT, answer.tokens());
            wrong = TranslationCheck.violations(source, answer.scenes(), brief.glossary());
            if (wrong.isEmpty()) {
                return answer.scenes();
            }
        }
        throw new TranslationFailedException("provider '" + author.provider() + "' did not keep the video's terms "
                + "when translating into " + brief.language() + ", also when asked again: " + String.join("; ", wrong)
                + "; check the glossary, or retry the video");
    }
}
