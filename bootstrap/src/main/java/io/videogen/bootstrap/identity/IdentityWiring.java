package io.videogen.bootstrap.identity;

import io.videogen.application.port.in.LimitRequestsUseCase.RouteGroup;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.PasswordHasher;
import io.videogen.application.port.out.PasswordPolicy;
import io.videogen.application.port.out.SecurityEventLog;
import io.videogen.application.port.out.SignInAttempts;
import io.videogen.application.port.out.TokenBuckets;
import io.videogen.application.port.out.UserRepository;
import io.videogen.application.service.AdminService;
import io.videogen.application.service.AuditTrail;
import io.videogen.application.service.Blocking;
import io.videogen.application.service.LockoutPolicy;
import io.videogen.application.service.RequestRateLimiter;
import io.videogen.application.service.SignInThrottle;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;

/** Builds the identity services: audit trail, sign-in lockout, rate limits, account administration. */
class IdentityWiring {

    @Produces
    @Singleton
    AuditTrail auditTrail(SecurityEventLog log, Clock clock) {
        return new AuditTrail(log, clock);
    }

    @Produces
    @Singleton
    SignInThrottle signInThrottle(SignInAttempts attempts, AuditTrail audit, LockoutConfig config) {
        return new SignInThrottle(attempts, audit, new LockoutPolicy(config.accountFailures(),
                config.addressFailures(), config.window(), config.duration()));
    }

    @Produces
    @Singleton
    RequestRateLimiter requestRateLimiter(TokenBuckets buckets, RateLimitConfig config) {
        Map<RouteGroup, TokenBuckets.Limit> limits = new EnumMap<>(RouteGroup.class);
        if (config.enabled()) {
            limits.put(RouteGroup.AUTH, limit(config.auth()));
            limits.put(RouteGroup.CREATE_VIDEO, limit(config.createVideo()));
            limits.put(RouteGroup.READ, limit(config.read()));
            limits.put(RouteGroup.WRITE, limit(config.write()));
        }
        return new RequestRateLimiter(buckets, limits);
    }

    @Produces
    @Singleton
    AdminService adminService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy,
                              SignInThrottle throttle, AuditTrail audit, Blocking blocking, Clock clock) {
        return new AdminService(users, hasher, policy, throttle, audit, blocking, clock);
    }

    private static TokenBuckets.Limit limit(RateLimitConfig.Limit limit) {
        return new TokenBuckets.Limit(limit.capacity(), limit.perMinute());
    }
}
