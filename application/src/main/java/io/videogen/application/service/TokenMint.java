package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.AuthenticateUseCase.TokenPair;
import io.videogen.application.port.out.AccessTokenIssuer;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.RefreshTokenRepository;
import io.videogen.application.port.out.RefreshTokenRepository.StoredRefreshToken;
import io.videogen.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/** Hands out a token pair at the end of a sign-in, with one or two factors, or a refresh. */
final class TokenMint {

    private static final int RANDOM_TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RefreshTokenRepository refreshTokens;
    private final AccessTokenIssuer issuer;
    private final Clock clock;
    private final Duration refreshLifetime;

    TokenMint(RefreshTokenRepository refreshTokens, AccessTokenIssuer issuer, Clock clock, Duration refreshLifetime) {
        this.refreshTokens = refreshTokens;
        this.issuer = issuer;
        this.clock = clock;
        this.refreshLifetime = refreshLifetime;
    }

    Uni<TokenPair> issue(User user, UUID family) {
        Instant now = clock.now();
        String refresh = randomToken();
        AccessTokenIssuer.AccessToken access = issuer.issue(user);
        return refreshTokens.add(new StoredRefreshToken(hash(refresh), family, user.id(), now,
                        now.plus(refreshLifetime), null, null))
                .replaceWith(new TokenPair(access.token(), refresh, access.lifetime().toSeconds()));
    }

    /** 256 random bits, base64url: refresh tokens and mfaTokens. */
    static String randomToken() {
        byte[] bytes = new byte[RANDOM_TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Tokens and codes are stored as SHA-256: they are random enough that no salt or slow hash is needed. */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
