package io.videogen.presentation.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The time checks SmallRye JWT leaves out or softens: a token is refused from its {@code exp} on
 * (SmallRye allows at least a second of skew), a token issued in the future (beyond a small clock
 * skew between instances) is refused like one not yet valid, and so is a token that claims to
 * live longer than the service ever issues tokens for. nbf, issuer, audience and the algorithm
 * are pinned in the verifier's configuration.
 */
@ApplicationScoped
class TokenTimeCheck implements SecurityIdentityAugmentor {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final Duration lifetime;

    TokenTimeCheck(@ConfigProperty(name = "videogen.auth.access-token-lifetime", defaultValue = "PT15M")
                   Duration lifetime) {
        this.lifetime = lifetime;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        long issuedAt = token.getIssuedAtTime();
        long expiresAt = token.getExpirationTime();
        long now = Instant.now().getEpochSecond();
        if (expiresAt <= now) {
            return Uni.createFrom().failure(new AuthenticationFailedException("access token expired"));
        }
        if (issuedAt > now + CLOCK_SKEW.toSeconds()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("access token issued in the future"));
        }
        if (expiresAt - issuedAt > lifetime.toSeconds() + CLOCK_SKEW.toSeconds()) {
            return Uni.createFrom().failure(new AuthenticationFailedException(
                    "access token lives longer than tokens this service issues"));
        }
        return Uni.createFrom().item(identity);
    }
}
