package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.Caller;
import java.time.Instant;
import java.util.List;

/** A user's own API keys for the configured providers (write-only: only the last four characters show). */
public interface ProviderKeysUseCase {

    Uni<Void> put(Caller caller, String provider, String apiKey);

    Uni<List<KeyView>> list(Caller caller);

    /** Fails with a ResourceNotFoundException when the caller has no key for the provider. */
    Uni<Void> delete(Caller caller, String provider);

    /** What a user sees of a key: its provider, its last four characters and when it was set. */
    record KeyView(String provider, String last4, Instant updatedAt) {
    }
}
