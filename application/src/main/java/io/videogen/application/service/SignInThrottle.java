package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RateLimitedException;
import io.videogen.application.port.out.SignInAttempts;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.user.Email;
import java.time.Duration;
import java.util.Optional;

/**
 * Brute-force protection for sign-in: failures are counted per email and per client address, and a
 * locked-out email or address is refused before any password is checked. Keys hold a hash of the
 * email, so the attempt store never learns addresses of mailboxes.
 */
public final class SignInThrottle {

    private final SignInAttempts attempts;
    private final AuditTrail audit;
    private final LockoutPolicy policy;

    public SignInThrottle(SignInAttempts attempts, AuditTrail audit, LockoutPolicy policy) {
        this.attempts = attempts;
        this.audit = audit;
        this.policy = policy;
    }

    /** Fails with {@link RateLimitedException} while the email or the address is locked out. */
    Uni<Void> admit(Email email, RequestOrigin origin) {
        return attempts.lockedFor(accountKey(email)).chain(account -> attempts.lockedFor(addressKey(origin))
                .chain(address -> {
                    if (account.isEmpty() && address.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    RateLimitedException refusal = account.isPresent() && !longer(address, account.get())
                            ? new RateLimitedException("too many failed sign-ins for this account; try again in "
                                    + seconds(account.get()) + " seconds or ask an admin to unlock it", account.get())
                            : new RateLimitedException("too many failed sign-ins from your address; try again in "
                                    + seconds(address.get()) + " seconds", address.get());
                    return audit.record(SecurityEventType.LOGIN_THROTTLED, null, email.value(), origin,
                                    refusal.getMessage())
                            .chain(() -> Uni.createFrom().failure(refusal));
                }));
    }

    /** Counts a failed sign-in, and records it and any lockout it started. */
    Uni<Void> failed(Email email, RequestOrigin origin, String reason) {
        return attempts.recordFailure(accountKey(email), policy.accountFailures(), policy.window(), policy.lockout())
                .chain(accountLock -> attempts.recordFailure(addressKey(origin), policy.addressFailures(),
                                policy.window(), policy.lockout())
                        .chain(addressLock -> audit.record(SecurityEventType.LOGIN_FAILED, null, email.value(),
                                        origin, reason)
                                .chain(() -> accountLock.isEmpty() ? Uni.createFrom().voidItem()
                                        : audit.record(SecurityEventType.ACCOUNT_LOCKED_OUT, null, email.value(),
                                        origin, policy.accountFailures() + " failed sign-ins; locked for "
                                                + seconds(accountLock.get()) + " seconds"))
                                .chain(() -> addressLock.isEmpty() ? Uni.createFrom().voidItem()
                                        : audit.record(SecurityEventType.ADDRESS_LOCKED_OUT, null, null, origin,
                                        policy.addressFailures() + " failed sign-ins; locked for "
                                                + seconds(addressLock.get()) + " seconds"))));
    }

    /** A successful sign-in forgets the account's failures (the address keeps its count). */
    Uni<Void> succeeded(Email email) {
        return attempts.clear(accountKey(email));
    }

    /** An admin's unlock lifts the lockout of the account too. */
    Uni<Void> release(Email email) {
        return attempts.clear(accountKey(email));
    }

    static String accountKey(Email email) {
        return "signin:account:" + AuthService.hash(email.value());
    }

    static String addressKey(RequestOrigin origin) {
        return "signin:address:" + origin.clientAddress();
    }

    private static boolean longer(Optional<Duration> candidate, Duration than) {
        return candidate.isPresent() && candidate.get().compareTo(than) > 0;
    }

    private static long seconds(Duration duration) {
        return RateLimitedException.wholeSeconds(duration);
    }
}
