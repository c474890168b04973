package io.videogen.bootstrap.identity;

import io.videogen.application.port.in.LimitRequestsUseCase.RouteGroup;
import io.videogen.application.port.out.AccessTokenIssuer;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.MfaStore;
import io.videogen.application.port.out.PasswordHasher;
import io.videogen.application.port.out.PasswordPolicy;
import io.videogen.application.port.out.RefreshTokenRepository;
import io.videogen.application.port.out.SecurityEventLog;
import io.videogen.application.port.out.SignInAttempts;
import io.videogen.application.port.out.TokenBuckets;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.UserRepository;
import io.videogen.application.service.AdminService;
import io.videogen.application.service.AuditTrail;
import io.videogen.application.service.Blocking;
import io.videogen.application.service.LockoutPolicy;
import io.videogen.application.service.MfaService;
import io.videogen.application.service.RequestRateLimiter;
import io.videogen.application.service.SecondFactor;
import io.videogen.application.service.SignInThrottle;
import io.videogen.application.threat.ThreatDetectors;
import io.videogen.infrastructure.security.AuthConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.EnumMap;
import java.util.Map;

/** Builds the identity services: audit trail, sign-in lockout, rate limits, account administration. */
class IdentityWiring {

    @Produces
    @Singleton
    AuditTrail auditTrail(SecurityEventLog log, Clock clock, ThreatDetectors threats) {
        return new AuditTrail(log, clock, threats::onSecurityEvent);
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

    @Produces
    @Singleton
    SecondFactor secondFactor(MfaStore store, UserRepository users, SignInThrottle throttle, AuditTrail audit,
                              TransactionRunner transactions, RefreshTokenRepository refreshTokens,
                              AccessTokenIssuer issuer, AuthConfig config, Clock clock) {
        return new SecondFactor(store, users, throttle, audit, transactions, refreshTokens, issuer,
                config.refreshTokenLifetime(), clock);
    }

    @Produces
    @Singleton
    MfaService mfaService(MfaStore store, UserRepository users, AuditTrail audit, Clock clock,
                          @ConfigProperty(name = "videogen.auth.mfa.issuer", defaultValue = "videogen") String issuer) {
        return new MfaService(store, users, audit, clock, issuer);
    }

    private static TokenBuckets.Limit limit(RateLimitConfig.Limit limit) {
        return new TokenBuckets.Limit(limit.capacity(), limit.perMinute());
    }
}
