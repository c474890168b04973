package io.videogen.application.provider;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.DraftScriptUseCase;
import io.videogen.application.port.in.ProviderNotConfiguredException;
import io.videogen.application.port.in.ScriptGenerationFailedException;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.ProviderObserver;
import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.application.port.out.ScriptAuthor;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.application.service.Blocking;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.script.ScriptDraft;
import io.videogen.domain.script.TopicBrief;
import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.user.Caller;
import java.util.List;

/**
 * Writes a script with the chat chain: each switched-on provider in order until one answers with a
 * usable script. Chat has no offline link, so a chain that fails as a whole fails the request.
 */
public final class ScriptDrafting implements DraftScriptUseCase {

    private final ProviderDirectory directory;
    private final ProviderObserver observer;
    private final Blocking blocking;
    private final OwnProviderKeys keys;
    private final UsageMeter meter;

    public ScriptDrafting(ProviderDirectory directory, ProviderObserver observer, Blocking blocking,
                          OwnProviderKeys keys, UsageMeter meter) {
        this.directory = directory;
        this.observer = observer;
        this.blocking = blocking;
        this.keys = keys;
        this.meter = meter;
    }

    @Override
    public Uni<ScriptDraft> draft(Caller caller, TopicBrief brief) {
        if (!caller.mayCreate()) {
            return Uni.createFrom().failure(new PermissionDeniedException(
                    "writing scripts needs the creator role; ask an admin for it"));
        }
        return keys.accountOf(caller.userId()).chain(account -> blocking.call(() -> write(brief, account)));
    }

    /**
     * Blocking: tries the chain on the calling thread (a render stage calls this from its worker),
     * with the account's own keys, metered to its user.
     */
    public ScriptDraft write(TopicBrief brief, ProviderAccount account) {
        List<ScriptAuthor> chain = directory.as(account).scriptAuthors();
        if (chain.isEmpty()) {
            throw ProviderNotConfiguredException.noChat(directory.settingFor(Capability.CHAT));
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
                ScriptAuthor.Written written = author.writeCounted(brief);
                meter.record(account, Capability.CHAT, written.tokens());
                observer.served(Capability.CHAT, author.provider(), fallback);
                return written.draft();
            } catch (ProviderUnavailableException e) {
                failures.unavailable(e);
            } catch (UnusableAnswerException e) {
                failures.unusable(e);
            }
            fallback = true;
        }
        observer.exhausted(Capability.CHAT);
        if (failures.anyUnusableAnswer()) {
            throw new ScriptGenerationFailedException("no chat provider wrote a usable script: " + failures.summary()
                    + "; try again, or with a simpler topic");
        }
        throw new ProviderUnavailableException(null, "every chat provider failed: " + failures.summary(),
                failures.retryAfter(), null);
    }
}
