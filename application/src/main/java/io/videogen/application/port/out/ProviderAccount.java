package io.videogen.application.port.out;

import io.videogen.domain.speech.Pronunciations;
import io.videogen.domain.user.UserId;
import java.util.Map;
import java.util.Optional;

/**
 * Whose provider calls these are: the user they are metered to, and the user's own API keys by
 * provider name, used for that user's calls instead of the server's, and the user's pronunciation
 * list, applied to whatever any voice says for them. {@link #SERVER} is nobody's (the command line):
 * server keys, no metering, no list. Never shows a key in its text.
 */
public final class ProviderAccount {

    public static final ProviderAccount SERVER = new ProviderAccount(null, Map.of());

    private final UserId user;
    private final Map<String, String> ownKeys;
    private final Pronunciations pronunciations;

    public ProviderAccount(UserId user, Map<String, String> ownKeys) {
        this(user, ownKeys, Pronunciations.NONE);
    }

    public ProviderAccount(UserId user, Map<String, String> ownKeys, Pronunciations pronunciations) {
        this.user = user;
        this.ownKeys = Map.copyOf(ownKeys);
        this.pronunciations = pronunciations;
    }

    /** How the user wants words said: applied before any voice speaks, never to captions. */
    public Pronunciations pronunciations() {
        return pronunciations;
    }

    public static ProviderAccount of(UserId user) {
        return new ProviderAccount(user, Map.of());
    }

    /** The user the calls are metered to; empty for the server's own calls. */
    public Optional<UserId> user() {
        return Optional.ofNullable(user);
    }

    /** The user's own key for a provider, if the user set one. */
    public Optional<String> keyFor(String provider) {
        return Optional.ofNullable(ownKeys.get(provider));
    }

    public boolean hasOwnKeys() {
        return !ownKeys.isEmpty();
    }

    @Override
    public String toString() {
        return "ProviderAccount[user=" + user + ", ownKeysFor=" + ownKeys.keySet() + "]";
    }
}
