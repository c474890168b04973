package io.videogen.bootstrap.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The embedded default for Redis: when no {@code quarkus.redis.hosts} (env QUARKUS_REDIS_HOSTS) is
 * configured, an embedded Redis starts for the rate-limit buckets and sign-in lockouts. With
 * {@code videogen.embedded.redis.enabled=false} and no hosts, there is no Redis and the limits are
 * kept in-process. Registered in META-INF/services/io.smallrye.config.ConfigSourceFactory.
 */
public final class EmbeddedRedisConfigSourceFactory implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue hosts = context.getValue(EmbeddedRedisConfigSource.HOSTS);
        boolean external = hosts != null && hosts.getValue() != null && !hosts.getValue().isBlank();
        ConfigValue enabled = context.getValue("videogen.embedded.redis.enabled");
        boolean disabled = enabled != null && "false".equalsIgnoreCase(String.valueOf(enabled.getValue()));
        if (external || disabled) {
            return List.of();
        }
        EmbeddedRedisSettings settings = EmbeddedRedisSettings.from(context);
        if (!EmbeddedDatasourceConfigSource.isBuilding()) {
            EmbeddedRedis.begin(settings);  // side by side with PostgreSQL and the rest of the start
        }
        return List.of(new EmbeddedRedisConfigSource(settings));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(EmbeddedDatasourceConfigSource.ORDINAL);
    }
}
