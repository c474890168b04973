package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Users' own provider API keys, encrypted at rest; only the calls made for their user read them back. */
public interface ProviderKeyStore {

    /** Sets or replaces the user's key for a provider. */
    Uni<Void> put(UserId user, String provider, String apiKey, Instant now);

    /** What the user may see of the keys: the provider, the key's last four characters and when it was set. */
    Uni<List<StoredKey>> list(UserId user);

    /** @return whether there was a key to remove */
    Uni<Boolean> delete(UserId user, String provider);

    /** The user's keys in clear, by provider, for the user's provider calls. */
    Uni<Map<String, String>> keysOf(UserId user);

    record StoredKey(String provider, String last4, Instant updatedAt) {
    }
}
