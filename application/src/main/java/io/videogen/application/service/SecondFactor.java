package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.mfa.RecoveryCodes;
import io.videogen.application.mfa.Totp;
import io.videogen.application.port.in.AuthenticateUseCase.TokenPair;
import io.videogen.application.port.in.CompleteMfaSignInUseCase;
import io.videogen.application.port.in.MfaRequiredException;
import io.videogen.application.port.in.SecondFactorRejectedException;
import io.videogen.application.port.out.AccessTokenIssuer;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.MfaStore;
import io.videogen.application.port.out.RefreshTokenRepository;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.UserRepository;
import io.videogen.application.mfa.Base32;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.shared.AuthenticationFailedException;
import io.videogen.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The second step of a sign-in. After the right password, an account with MFA gets a challenge
 * (an mfaToken valid for five minutes, stored as a hash) instead of tokens; the challenge, a current
 * TOTP code or an unused recovery code then buy the token pair. Wrong and replayed codes are failed
 * sign-ins for the {@link SignInThrottle}, so they lock the account out like wrong passwords.
 */
public final class SecondFactor implements CompleteMfaSignInUseCase {

    public static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(5);
    private static final String BAD_CHALLENGE = "mfaToken is unknown, expired or already used; sign in again";

    private final MfaStore store;
    private final UserRepository users;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final TransactionRunner transactions;
    private final TokenMint mint;
    private final Clock clock;

    public SecondFactor(MfaStore store, UserRepository users, SignInThrottle throttle, AuditTrail audit,
                        TransactionRunner transactions, RefreshTokenRepository refreshTokens,
                        AccessTokenIssuer issuer, Duration refreshLifetime, Clock clock) {
        this.store = store;
        this.users = users;
        this.throttle = throttle;
        this.audit = audit;
        this.transactions = transactions;
        this.mint = new TokenMint(refreshTokens, issuer, clock, refreshLifetime);
        this.clock = clock;
    }

    /** Succeeds when the account has no confirmed second factor; else fails with the challenge. */
    Uni<Void> challenge(User user, RequestOrigin origin) {
        return store.find(user.id()).chain(enrolment -> {
            if (enrolment.isEmpty() || !enrolment.get().confirmed()) {
                return Uni.createFrom().voidItem();
            }
            String token = TokenMint.randomToken();
            return store.addChallenge(TokenMint.hash(token), user.id(), clock.now().plus(CHALLENGE_LIFETIME))
                    .call(() -> audit.record(SecurityEventType.MFA_CHALLENGED, user.id(), user.email().value(), origin,
                            "password accepted; waiting for the second factor"))
                    .chain(() -> Uni.createFrom().failure(new MfaRequiredException(token)));
        });
    }

    @Override
    public Uni<TokenPair> complete(String mfaToken, String code, String recoveryCode, RequestOrigin origin) {
        String challenge = TokenMint.hash(mfaToken == null ? "" : mfaToken);
        Instant now = clock.now();
        return store.findChallenge(challenge, now)
                .chain(found -> found.map(users::findById).orElseGet(() -> Uni.createFrom().item(java.util.Optional.empty())))
                .map(user -> user.orElseThrow(() -> new SecondFactorRejectedException(BAD_CHALLENGE)))
                .chain(user -> throttle.admit(user.email(), origin)
                        .chain(() -> verify(user, code, recoveryCode, now, origin))
                        .chain(() -> transactions.inTransaction(() -> store.spendChallenge(challenge, now)
                                .chain(spent -> {
                                    if (!spent || user.isLockedAt(now)) {
                                        return Uni.createFrom().<TokenPair>failure(
                                                new SecondFactorRejectedException(BAD_CHALLENGE));
                                    }
                                    return mint.issue(user, UUID.randomUUID());
                                })))
                        .call(() -> throttle.succeeded(user.email()))
                        .call(() -> audit.record(SecurityEventType.LOGIN_SUCCEEDED, user.id(), user.email().value(),
                                origin, recoveryCode != null ? "signed in with a recovery code"
                                        : "signed in with an authenticator code"))
                        .onFailure(AuthenticationFailedException.class)
                        .call(failure -> throttle.failed(user.email(), origin, failure.getMessage())));
    }

    private Uni<Void> verify(User user, String code, String recoveryCode, Instant now, RequestOrigin origin) {
        if (recoveryCode != null) {
            return store.useRecoveryCode(user.id(), TokenMint.hash(RecoveryCodes.normalize(recoveryCode)), now)
                    .chain(used -> used
                            ? audit.record(SecurityEventType.MFA_RECOVERY_CODE_USED, user.id(), user.email().value(),
                                    origin, "a recovery code was spent")
                            : Uni.createFrom().failure(new SecondFactorRejectedException(
                                    "recovery code is wrong or already used")));
        }
        return store.find(user.id()).chain(enrolment -> {
            if (enrolment.isEmpty() || !enrolment.get().confirmed()) {
                return Uni.createFrom().failure(new SecondFactorRejectedException(BAD_CHALLENGE));
            }
            return useCode(store, enrolment.get(), code == null ? null : code.strip(), now);
        });
    }

    /** Accepts a code of the window once: a wrong code and a replayed one fail alike, naming which. */
    static Uni<Void> useCode(MfaStore store, MfaStore.Enrolment enrolment, String code, Instant now) {
        var step = Totp.matchingStep(Base32.decode(enrolment.secret()), code, now);
        if (step.isEmpty()) {
            return Uni.createFrom().failure(new SecondFactorRejectedException(
                    "code is wrong; type the current 6-digit code from your authenticator app"));
        }
        return store.useStep(enrolment.user(), step.getAsLong()).chain(fresh -> fresh ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new SecondFactorRejectedException(
                        "this code was already used; wait for the next one")));
    }
}
