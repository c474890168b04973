package io.videogen.infrastructure.security;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.videogen.application.port.out.AccessTokenIssuer;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.stream.Collectors;

/** RS256 access tokens signed with the key ring's current key, its {@code kid} in the header. */
@ApplicationScoped
class JwtAccessTokenIssuer implements AccessTokenIssuer {

    private final AuthConfig config;
    private final SigningKeyRing keys;

    JwtAccessTokenIssuer(AuthConfig config) {
        this.config = config;
        this.keys = SigningKeyRing.open(config.keyDirectory(), config.keyRotation(), config.accessTokenLifetime(),
                Instant.now());
    }

    @Override
    public AccessToken issue(User user) {
        Instant now = Instant.now();
        String token = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(user.id().toString())
                .upn(user.id().toString())
                .groups(user.roles().stream().map(Role::label).collect(Collectors.toSet()))
                .issuedAt(now)
                .expiresAt(now.plus(config.accessTokenLifetime()))
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .keyId(keys.currentKeyId())
                .sign(keys.currentPrivateKey());
        return new AccessToken(token, config.accessTokenLifetime());
    }

    @Override
    public String publicKeySet() {
        return keys.publicKeySet();
    }
}
