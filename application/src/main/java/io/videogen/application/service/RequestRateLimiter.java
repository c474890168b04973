package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.LimitRequestsUseCase;
import io.videogen.application.port.in.RateLimitedException;
import io.videogen.application.port.out.TokenBuckets;
import io.videogen.domain.user.UserId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One token bucket per route group and caller: the signed-in user, or the client address for
 * anonymous requests and for the sign-in routes (whose callers are not signed in yet). A group
 * without a limit is not limited.
 */
public final class RequestRateLimiter implements LimitRequestsUseCase {

    private final TokenBuckets buckets;
    private final Map<RouteGroup, TokenBuckets.Limit> limits;

    public RequestRateLimiter(TokenBuckets buckets, Map<RouteGroup, TokenBuckets.Limit> limits) {
        this.buckets = buckets;
        this.limits = limits.isEmpty() ? Map.of() : new EnumMap<>(limits);
    }

    @Override
    public Uni<Void> admit(RouteGroup group, Optional<UserId> user, String clientAddress) {
        TokenBuckets.Limit limit = limits.get(group);
        if (limit == null) {
            return Uni.createFrom().voidItem();
        }
        boolean perUser = group != RouteGroup.AUTH && user.isPresent();
        String key = "rate:" + label(group) + (perUser ? ":user:" + user.get() : ":address:" + clientAddress);
        return buckets.take(key, limit).chain(decision -> {
            if (decision.allowed()) {
                return Uni.createFrom().voidItem();
            }
            long seconds = RateLimitedException.wholeSeconds(decision.retryAfter());
            return Uni.createFrom().failure(new RateLimitedException("too many " + description(group) + " from "
                    + (perUser ? "your account" : "your address") + " (at most " + limit.perMinute()
                    + " a minute, bursts of " + limit.capacity() + "); retry after " + seconds + " seconds",
                    decision.retryAfter()));
        });
    }

    private static String label(RouteGroup group) {
        return group.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String description(RouteGroup group) {
        return switch (group) {
            case AUTH -> "sign-in requests";
            case CREATE_VIDEO -> "new videos";
            case READ -> "reads";
            case WRITE -> "changes";
        };
    }
}
