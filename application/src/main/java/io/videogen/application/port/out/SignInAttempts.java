package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Optional;

/**
 * Counts failed sign-ins per key (an account, an address) across every instance of the service and
 * locks a key out for a while when it has too many. Counts and locks expire by themselves.
 */
public interface SignInAttempts {

    /** How much longer the key is locked out, or empty when it is not. */
    Uni<Optional<Duration>> lockedFor(String key);

    /**
     * Counts one failure. The failure that reaches {@code threshold} within {@code window} locks the
     * key out for {@code lockout} and starts the count again.
     *
     * @return the lockout this failure started, or empty
     */
    Uni<Optional<Duration>> recordFailure(String key, int threshold, Duration window, Duration lockout);

    /** Forgets the key's failures and lifts its lockout. */
    Uni<Void> clear(String key);
}
