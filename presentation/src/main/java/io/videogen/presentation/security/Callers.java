package io.videogen.presentation.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in user of the current request, for filters that run whether or not the endpoint
 * needs one. The token is verified once per request however often this is asked (the identity is
 * memoised); a request without a valid token has no user here.
 */
@ApplicationScoped
class Callers {

    private final CurrentIdentityAssociation identities;

    Callers(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    Uni<Optional<UserId>> current() {
        return identities.getDeferredIdentity()
                .map(Callers::userOf)
                .onFailure().recoverWithItem(Optional.empty());
    }

    private static Optional<UserId> userOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || identity.getPrincipal() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UserId(UUID.fromString(identity.getPrincipal().getName())));
        } catch (IllegalArgumentException notAUserId) {
            return Optional.empty();
        }
    }
}
