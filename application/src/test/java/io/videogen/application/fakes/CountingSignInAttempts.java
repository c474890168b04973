package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.SignInAttempts;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Counts failures per key and locks at the threshold; locks last until cleared (time is not modelled). */
public final class CountingSignInAttempts implements SignInAttempts {

    public final Map<String, Integer> failures = new HashMap<>();
    public final Map<String, Duration> locks = new HashMap<>();

    @Override
    public synchronized Uni<Optional<Duration>> lockedFor(String key) {
        return Uni.createFrom().item(Optional.ofNullable(locks.get(key)));
    }

    @Override
    public synchronized Uni<Optional<Duration>> recordFailure(String key, int threshold, Duration window,
                                                              Duration lockout) {
        int count = failures.merge(key, 1, Integer::sum);
        if (count >= threshold) {
            failures.remove(key);
            locks.put(key, lockout);
            return Uni.createFrom().item(Optional.of(lockout));
        }
        return Uni.createFrom().item(Optional.empty());
    }

    @Override
    public synchronized Uni<Void> clear(String key) {
        failures.remove(key);
        locks.remove(key);
        return Uni.createFrom().voidItem();
    }
}
