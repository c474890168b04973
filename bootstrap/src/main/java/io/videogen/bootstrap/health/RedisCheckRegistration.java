package io.videogen.bootstrap.health;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;

/**
 * Adds the Redis readiness check only when Redis is configured ({@code quarkus.redis.hosts}), and only
 * while the Quarkus Redis client is not on the class path: that extension brings its own check for
 * the same setting, which then takes over.
 */
@ApplicationScoped
class RedisCheckRegistration {

    static final String QUARKUS_REDIS_CHECK = "io.quarkus.redis.runtime.client.health.RedisHealthCheck";

    private final HealthRegistry readiness;
    private final Optional<String> hosts;

    RedisCheckRegistration(@Readiness HealthRegistry readiness,
                           @ConfigProperty(name = "quarkus.redis.hosts") Optional<String> hosts) {
        this.readiness = readiness;
        this.hosts = hosts;
    }

    void register(@Observes StartupEvent started) {
        if (hosts.isPresent() && !quarkusRedisClientPresent()) {
            readiness.register(RedisPing.NAME, RedisPing.of(hosts.get(), Duration.ofSeconds(2)));
        }
    }

    /** The registry outlives a restart of the application in the same JVM (tests), so leave it clean. */
    void unregister(@Observes ShutdownEvent stopping) {
        if (hosts.isPresent() && !quarkusRedisClientPresent()) {
            readiness.remove(RedisPing.NAME);
        }
    }

    private static boolean quarkusRedisClientPresent() {
        try {
            Class.forName(QUARKUS_REDIS_CHECK, false, RedisCheckRegistration.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
