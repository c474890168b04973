package io.videogen.infrastructure.redis;

import io.quarkus.arc.InjectableInstance;
import io.micrometer.core.instrument.MeterRegistry;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.ProviderResultCache;
import io.videogen.application.port.out.SignInAttempts;
import io.videogen.application.port.out.TokenBuckets;
import io.vertx.mutiny.redis.client.RedisAPI;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Chooses where rate-limit buckets, sign-in failures and the provider result index live: in Redis whenever a Redis client is
 * configured (quarkus.redis.hosts, or the embedded Redis the bootstrap starts), so limits hold across
 * every instance; in this process only when there is none. The Quarkus Redis client is inactive
 * without hosts, so asking for the active ones tells which case this is.
 */
@Singleton
class AbuseLimitStores {

    private static final Logger LOG = Logger.getLogger(AbuseLimitStores.class);

    @Produces
    @Singleton
    TokenBuckets tokenBuckets(InjectableInstance<RedisAPI> redis) {
        List<RedisAPI> active = redis.listActive();
        if (active.isEmpty()) {
            LOG.warn("No Redis configured (quarkus.redis.hosts): rate limits and sign-in lockouts are kept in "
                    + "this process only, so they do not hold across several instances");
            return new InProcessTokenBuckets();
        }
        return new RedisTokenBuckets(active.get(0));
    }

    /** Provider results: indexed in Redis when there is one, found in the media store either way. */
    @Produces
    @Singleton
    ProviderResultCache providerResults(InjectableInstance<RedisAPI> redis, MediaStore media, MeterRegistry registry,
                                        @ConfigProperty(name = "videogen.ai.cache.ttl", defaultValue = "P30D")
                                        Duration ttl) {
        List<RedisAPI> active = redis.listActive();
        return new KeptProviderResults(media, active.stream().findFirst(), ttl, registry);
    }

    @Produces
    @Singleton
    SignInAttempts signInAttempts(InjectableInstance<RedisAPI> redis) {
        List<RedisAPI> active = redis.listActive();
        return active.isEmpty() ? new InProcessSignInAttempts() : new RedisSignInAttempts(active.get(0));
    }
}
