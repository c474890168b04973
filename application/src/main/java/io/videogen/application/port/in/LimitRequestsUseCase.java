package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.UserId;
import java.util.Optional;

/**
 * Request rate limits: a token bucket per route group and per signed-in user, or per client
 * address for anonymous requests and for sign-in. Fails with {@link RateLimitedException}.
 */
public interface LimitRequestsUseCase {

    Uni<Void> admit(RouteGroup group, Optional<UserId> user, String clientAddress);

    /** Routes that share one limit. */
    enum RouteGroup {
        /** register, token, refresh, logout: always limited per address */
        AUTH,
        /** submitting a video, the expensive one */
        CREATE_VIDEO,
        /** every GET and HEAD */
        READ,
        /** every other change */
        WRITE
    }
}
