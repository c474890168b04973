package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.AuthenticateUseCase;
import io.videogen.application.port.in.LoginCommand;
import io.videogen.application.port.out.AccessTokenIssuer;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.PasswordHasher;
import io.videogen.application.port.out.RefreshTokenRepository;
import io.videogen.application.port.out.RefreshTokenRepository.StoredRefreshToken;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.UserRepository;
import io.videogen.domain.shared.AuthenticationFailedException;
import io.videogen.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in and token rotation. Wrong email and wrong password answer alike, and a hash is computed
 * even for an unknown email, so neither the message nor the time tells which accounts exist.
 */
public final class AuthService implements AuthenticateUseCase {

    private static final int REFRESH_TOKEN_BYTES = 32;
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
    private final SecureRandom random = new SecureRandom();
    /** A hash to check unknown emails against, made on first use (hashing is slow, so not in a constructor). */
    private volatile String decoyHash;

    public AuthService(UserRepository users, RefreshTokenRepository refreshTokens, AccessTokenIssuer issuer,
                       PasswordHasher hasher, TransactionRunner transactions, Blocking blocking, Clock clock,
                       Duration refreshLifetime) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.issuer = issuer;
        this.hasher = hasher;
        this.transactions = transactions;
        this.blocking = blocking;
        this.clock = clock;
        this.refreshLifetime = refreshLifetime;
    }

    @Override
    public Uni<TokenPair> login(LoginCommand command) {
        return users.findByEmail(command.email())
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
                .chain(user -> transactions.inTransaction(() -> issue(user, UUID.randomUUID())));
    }

    @Override
    public Uni<TokenPair> refresh(String refreshToken) {
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
                return revokeFamily(stored, now);
            }
            return refreshTokens.markUsed(hash, now).chain(marked -> marked
                    ? users.findById(stored.userId()).chain(user -> user
                            .filter(u -> !u.isLockedAt(now))
                            .map(u -> issue(u, stored.familyId()).map(Optional::of))
                            .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException(BAD_REFRESH))))
                    : revokeFamily(stored, now));
        })).map(pair -> pair.orElseThrow(() -> new AuthenticationFailedException(
                "this refresh token was already used, so every token of its sign-in was revoked; sign in again")));
    }

    private Uni<Optional<TokenPair>> revokeFamily(StoredRefreshToken stored, Instant now) {
        return refreshTokens.revokeFamily(stored.familyId(), now).replaceWith(Optional.empty());
    }

    @Override
    public Uni<Void> logout(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = clock.now();
        return transactions.inTransaction(() -> refreshTokens.findByHash(hash(refreshToken)).chain(found -> found
                .map(stored -> refreshTokens.revokeFamily(stored.familyId(), now))
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
        Instant now = clock.now();
        byte[] bytes = new byte[REFRESH_TOKEN_BYTES];
        random.nextBytes(bytes);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AccessTokenIssuer.AccessToken access = issuer.issue(user);
        return refreshTokens.add(new StoredRefreshToken(hash(refresh), family, user.id(), now,
                        now.plus(refreshLifetime), null, null))
                .replaceWith(new TokenPair(access.token(), refresh, access.lifetime().toSeconds()));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
