package io.videogen.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * When failed sign-ins lock sign-in out: {@code accountFailures} failures for one email, or
 * {@code addressFailures} from one client address, within {@code window}, lock that email or address
 * out for {@code lockout}. Unknown emails count like real ones, so a lockout tells nothing about
 * which accounts exist.
 */
public record LockoutPolicy(int accountFailures, int addressFailures, Duration window, Duration lockout) {

    public LockoutPolicy {
        if (accountFailures < 1 || addressFailures < 1) {
            throw new IllegalArgumentException("lockout thresholds must be at least 1");
        }
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lockout, "lockout");
        if (window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("the lockout window and duration must be positive");
        }
    }
}
