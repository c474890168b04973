package io.videogen.application.port.out;

import io.videogen.domain.provider.Capability;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Provider results kept by content address (a hash of the provider, its model, the voice or size
 * and the input), shared by every process and surviving restarts, so the same narration or picture
 * is paid for once. Blocking. A cache that cannot be read is a miss, never a failure.
 */
public interface ProviderResultCache {

    /** Copies the kept result to {@code target}; answers its note (e.g. word timings), or empty on a miss. */
    Optional<String> restore(Capability capability, String key, Path target);

    /** Keeps a result and a short note beside it. */
    void keep(Capability capability, String key, Path result, String note);
}
