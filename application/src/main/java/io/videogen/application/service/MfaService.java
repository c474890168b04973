package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.mfa.Base32;
import io.videogen.application.mfa.RecoveryCodes;
import io.videogen.application.mfa.Totp;
import io.videogen.application.port.in.ManageMfaUseCase;
import io.videogen.application.port.in.SecondFactorRejectedException;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.MfaStore;
import io.videogen.application.port.out.UserRepository;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.shared.AuthenticationFailedException;
import io.videogen.domain.shared.IllegalTransitionException;
import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.User;
import io.videogen.domain.user.UserId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

/**
 * Turning TOTP on and off. Enrolment hands out a secret; MFA is on once a code from the app proves
 * the app has it, and that moment is the only time the recovery codes are shown. Turning it off
 * takes a current code (or a recovery code), so a stolen access token alone cannot remove it.
 */
public final class MfaService implements ManageMfaUseCase {

    private static final int SECRET_BYTES = 20;

    private final MfaStore store;
    private final UserRepository users;
    private final AuditTrail audit;
    private final Clock clock;
    private final String issuer;
    private final SecureRandom random = new SecureRandom();

    /** @param issuer the name authenticator apps show next to the account (the {@code otpauth} issuer) */
    public MfaService(MfaStore store, UserRepository users, AuditTrail audit, Clock clock, String issuer) {
        this.store = store;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.issuer = issuer;
    }

    @Override
    public Uni<TotpEnrolment> enrol(Caller caller, RequestOrigin origin) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base32.encode(bytes);
        return user(caller.userId()).chain(user -> store.begin(user.id(), secret, clock.now()).chain(begun -> {
            if (!begun) {
                return Uni.createFrom().failure(new IllegalTransitionException(
                        "MFA is already on for this account; turn it off first (DELETE /api/v1/me/mfa) to enrol again"));
            }
            return audit.record(SecurityEventType.MFA_ENROLMENT_STARTED, user.id(), user.email().value(), origin,
                            "a new authenticator secret was handed out")
                    .replaceWith(new TotpEnrolment(secret, uri(user, secret)));
        }));
    }

    @Override
    public Uni<List<String>> confirm(Caller caller, String code, RequestOrigin origin) {
        return user(caller.userId()).chain(user -> store.find(user.id()).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().failure(new IllegalTransitionException(
                        "there is no enrolment to confirm; start one with POST /api/v1/me/mfa/totp"));
            }
            if (found.get().confirmed()) {
                return Uni.createFrom().failure(new IllegalTransitionException("MFA is already on for this account"));
            }
            var step = Totp.matchingStep(Base32.decode(found.get().secret()), code, clock.now());
            if (step.isEmpty()) {
                return rejected(user, origin, "confirmation code is wrong");
            }
            List<String> codes = RecoveryCodes.generate(random);
            List<String> hashes = codes.stream().map(c -> TokenMint.hash(RecoveryCodes.normalize(c))).toList();
            return store.confirm(user.id(), step.getAsLong(), hashes, clock.now())
                    .call(() -> audit.record(SecurityEventType.MFA_ENABLED, user.id(), user.email().value(), origin,
                            "second factor on; " + RecoveryCodes.COUNT + " recovery codes issued"))
                    .replaceWith(codes);
        }));
    }

    @Override
    public Uni<Void> disable(Caller caller, String code, RequestOrigin origin) {
        return user(caller.userId()).chain(user -> store.find(user.id()).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().failure(new IllegalTransitionException("MFA is not on for this account"));
            }
            if (!found.get().confirmed()) {
                return store.remove(user.id()).chain(() -> audit.record(SecurityEventType.MFA_DISABLED, user.id(),
                        user.email().value(), origin, "an unconfirmed enrolment was discarded"));
            }
            Uni<Void> proof = code != null && code.strip().matches("\\d{6}")
                    ? SecondFactor.useCode(store, found.get(), code.strip(), clock.now())
                    : store.useRecoveryCode(user.id(), TokenMint.hash(RecoveryCodes.normalize(code)), clock.now())
                            .chain(used -> used ? Uni.createFrom().voidItem() : Uni.createFrom().failure(
                                    new SecondFactorRejectedException("code is wrong or already used")));
            return proof.onFailure(AuthenticationFailedException.class)
                    .call(failure -> audit.record(SecurityEventType.MFA_CODE_REJECTED, user.id(),
                            user.email().value(), origin, "turning MFA off: " + failure.getMessage()))
                    .chain(() -> store.remove(user.id()))
                    .chain(() -> audit.record(SecurityEventType.MFA_DISABLED, user.id(), user.email().value(), origin,
                            "second factor turned off by its owner"));
        }));
    }

    @Override
    public Uni<Void> reset(Caller admin, UserId id, RequestOrigin origin) {
        if (!admin.seesEverything()) {
            throw new PermissionDeniedException("only admins reset another account's second factor");
        }
        return user(id).chain(user -> store.remove(user.id()).chain(removed -> audit.record(audit.event(
                SecurityEventType.MFA_RESET, user.id(), user.email().value(), origin,
                removed ? "second factor removed by an admin" : "nothing to reset: MFA was off").by(admin.userId()))));
    }

    private Uni<List<String>> rejected(User user, RequestOrigin origin, String why) {
        return audit.record(SecurityEventType.MFA_CODE_REJECTED, user.id(), user.email().value(), origin, why)
                .chain(() -> Uni.createFrom().failure(new SecondFactorRejectedException(
                        why + "; type the current 6-digit code from your authenticator app")));
    }

    private Uni<User> user(UserId id) {
        return users.findById(id).map(found -> found.orElseThrow(() -> new ResourceNotFoundException("user", id.value())));
    }

    /** The key URI format of Google Authenticator, which every app reads. */
    private String uri(User user, String secret) {
        String label = encode(issuer) + ":" + encode(user.email().value());
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
