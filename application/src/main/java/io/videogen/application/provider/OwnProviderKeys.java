package io.videogen.application.provider;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.ProviderKeysUseCase;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.PronunciationStore;
import io.videogen.application.port.out.ProviderKeyStore;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.UserId;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Users' own keys for the configured providers, and the accounts their provider calls are made
 * with: a user's key replaces the server's for that provider, for that user's calls only.
 */
public final class OwnProviderKeys implements ProviderKeysUseCase {

    public static final int MAX_KEY_LENGTH = 500;
    private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7e]+");

    private final ProviderKeyStore store;
    private final ProviderDirectory directory;
    private final Clock clock;
    private final PronunciationStore pronunciations;

    /** Accounts without pronunciation lists. */
    public OwnProviderKeys(ProviderKeyStore store, ProviderDirectory directory, Clock clock) {
        this(store, directory, clock, PronunciationStore.NONE);
    }

    public OwnProviderKeys(ProviderKeyStore store, ProviderDirectory directory, Clock clock,
                           PronunciationStore pronunciations) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
        this.pronunciations = pronunciations;
    }

    /** The account a user's provider calls are made with: the user's keys and pronunciation list. */
    public Uni<ProviderAccount> accountOf(UserId user) {
        return store.keysOf(user).chain(keys -> pronunciations.of(user)
                .map(list -> new ProviderAccount(user, keys, list)));
    }

    @Override
    public Uni<Void> put(Caller caller, String provider, String apiKey) {
        return Uni.createFrom().deferred(() -> {
            known(provider);
            if (apiKey == null || apiKey.isBlank()) {
                throw new InvalidValueException("apiKey", "apiKey is empty; send the key the provider gave you");
            }
            String key = apiKey.strip();
            if (key.length() > MAX_KEY_LENGTH || !PRINTABLE.matcher(key).matches()) {
                throw new InvalidValueException("apiKey", "apiKey must be up to " + MAX_KEY_LENGTH
                        + " printable characters without spaces; paste the key exactly as the provider shows it");
            }
            return store.put(caller.userId(), provider, key, clock.now());
        });
    }

    @Override
    public Uni<List<KeyView>> list(Caller caller) {
        return store.list(caller.userId()).map(keys -> keys.stream()
                .map(key -> new KeyView(key.provider(), key.last4(), key.updatedAt())).toList());
    }

    @Override
    public Uni<Void> delete(Caller caller, String provider) {
        return store.delete(caller.userId(), provider).map(removed -> {
            if (!removed) {
                throw ResourceNotFoundException.because("you have no key for provider '" + provider
                        + "'; list yours with GET /api/v1/me/provider-keys");
            }
            return null;
        });
    }

    private void known(String provider) {
        if (directory.providers().stream().noneMatch(status -> status.name().equals(provider))) {
            throw ResourceNotFoundException.because("no provider is named '" + provider
                    + "'; list the configured ones with GET /api/v1/providers");
        }
    }
}
