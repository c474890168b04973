package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.AddressGate;
import io.videogen.application.port.in.AuthenticateUseCase;
import io.videogen.application.port.in.LoginCommand;
import io.videogen.application.port.out.AccessTokenIssuer;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.PasswordHasher;
import io.videogen.application.port.out.RefreshTokenRepository;
import io.videogen.application.port.out.RefreshTokenRepository.StoredRefreshToken;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.UserRepository;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.shared.AuthenticationFailedException;
import io.videogen.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in and token rotation. Wrong email and wrong password answer alike, and a hash is computed
 * even for an unknown email, so neither the message nor the time tells which accounts exist.
 * Failed sign-ins are counted by the {@link SignInThrottle}; sign-ins, refreshes, reuse and
 * sign-outs go to the {@link AuditTrail}. An account with a second factor stops after the password
 * with {@code MfaRequiredException} ({@link SecondFactor}).
 */
public final class AuthService implements AuthenticateUseCase {

    private static final String BAD_CREDENTIALS = "email or password is wrong";
    private static final String BAD_REFRESH = "refresh token is unknown, expired or already used; sign in again";

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final AccessTokenIssuer issuer;
    private final PasswordHasher hasher;
    private final TransactionRunner transactions;
    private final Blocking blocking;
    private final Clock clock;
    private final Duration refreshLifetime;
    private final TokenMint mint;
    private final SecondFactor secondFactor;
    private final AddressGate addresses;
    /** A hash to check unknown emails against, made on first use (hashing is slow, so not in a constructor). */
    private volatile String decoyHash;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    public AuthService(UserRepository users, RefreshTokenRepository refreshTokens, AccessTokenIssuer issuer,
                       PasswordHasher hasher, TransactionRunner transactions, Blocking blocking, Clock clock,
                       Duration refreshLifetime, SignInThrottle throttle, AuditTrail audit,
                       SecondFactor secondFactor, AddressGate addresses) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.issuer = issuer;
        this.hasher = hasher;
        this.transactions = transactions;
        this.blocking = blocking;
        this.clock = clock;
        this.refreshLifetime = refreshLifetime;
        this.throttle = throttle;
        this.audit = audit;
        this.mint = new TokenMint(refreshTokens, issuer, clock, refreshLifetime);
        this.secondFactor = secondFactor;
        this.addresses = addresses;
    }

    @Override
    public Uni<TokenPair> login(LoginCommand command) {
        RequestOrigin origin = command.origin();
        return throttle.admit(command.email(), origin)
                .chain(() -> users.findByEmail(command.email()))
                .chain(found -> blocking.call(() -> {
                    try {
                        boolean matches = hasher.matches(command.password(),
                                found.map(User::passwordHash).orElseGet(this::decoyHash));
                        return matches ? found : Optional.<User>empty();
                    } finally {
                        Arrays.fill(command.password(), '\0');
                    }
                }))
                .map(user -> user.orElseThrow(() -> new AuthenticationFailedException(BAD_CREDENTIALS)))
                .invoke(user -> {
                    if (user.isLockedAt(clock.now())) {
                        throw new AuthenticationFailedException("this account is locked; ask an admin to unlock it");
                    }
                })
                .call(user -> addresses.requireSignIn(user, origin))
                .call(user -> secondFactor.challenge(user, origin))
                .chain(user -> transactions.inTransaction(() -> issue(user, UUID.randomUUID()))
                        .call(() -> throttle.succeeded(command.email()))
                        .call(() -> audit.record(SecurityEventType.LOGIN_SUCCEEDED, user.id(), user.email().value(),
                                origin, "signed in")))
                .onFailure(AuthenticationFailedException.class)
                .call(failure -> throttle.failed(command.email(), origin, failure.getMessage()))
                .onTermination().invoke(() -> Arrays.fill(command.password(), '\0'));
    }

    @Override
    public Uni<TokenPair> refresh(String refreshToken, RequestOrigin origin) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Uni.createFrom().failure(new AuthenticationFailedException(BAD_REFRESH));
        }
        String hash = hash(refreshToken);
        Instant now = clock.now();
        // A detected reuse is the transaction's result rather than its failure, so the revocation commits.
        return transactions.inTransaction(() -> refreshTokens.findByHash(hash).chain(found -> {
            if (found.isEmpty() || found.get().revokedAt() != null || !found.get().expiresAt().isAfter(now)) {
                return Uni.createFrom().<Optional<TokenPair>>failure(new AuthenticationFailedException(BAD_REFRESH));
            }
            StoredRefreshToken stored = found.get();
            if (stored.usedAt() != null) {
                return revokeFamily(stored, now, origin);
            }
            return refreshTokens.markUsed(hash, now).chain(marked -> marked
                    ? users.findById(stored.userId()).chain(user -> user
                            .filter(u -> !u.isLockedAt(now))
                            .map(u -> issue(u, stored.familyId()).map(Optional::of)
                                    .call(() -> audit.record(SecurityEventType.TOKEN_REFRESHED, u.id(),
                                            u.email().value(), origin, "access token renewed")))
                            .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException(BAD_REFRESH))))
                    : revokeFamily(stored, now, origin));
        })).map(pair -> pair.orElseThrow(() -> new AuthenticationFailedException(
                "this refresh token was already used, so every token of its sign-in was revoked; sign in again")));
    }

    private Uni<Optional<TokenPair>> revokeFamily(StoredRefreshToken stored, Instant now, RequestOrigin origin) {
        return refreshTokens.revokeFamily(stored.familyId(), now)
                .call(() -> audit.record(SecurityEventType.REFRESH_TOKEN_REUSED, stored.userId(), null, origin,
                        "a spent refresh token came back; every token of its sign-in was revoked"))
                .replaceWith(Optional.empty());
    }

    @Override
    public Uni<Void> logout(String refreshToken, RequestOrigin origin) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = clock.now();
        return transactions.inTransaction(() -> refreshTokens.findByHash(hash(refreshToken)).chain(found -> found
                .map(stored -> refreshTokens.revokeFamily(stored.familyId(), now)
                        .call(() -> audit.record(SecurityEventType.LOGGED_OUT, stored.userId(), null, origin,
                                "signed out")))
                .orElse(Uni.createFrom().voidItem())));
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash("decoy-password-for-timing".toCharArray());
            decoyHash = hash;
        }
        return hash;
    }

    @Override
    public String publicKeys() {
        return issuer.publicKeySet();
    }

    private Uni<TokenPair> issue(User user, UUID family) {
        return mint.issue(user, family);
    }

    static String hash(String token) {
        return TokenMint.hash(token);
    }
}
