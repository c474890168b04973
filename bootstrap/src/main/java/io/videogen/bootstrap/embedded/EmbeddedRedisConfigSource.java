package io.videogen.bootstrap.embedded;

import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code quarkus.redis.hosts} for the embedded Redis. Its factory has begun the server's
 * start at run time; reading the value waits for it (and starts it, had nothing begun it).
 */
final class EmbeddedRedisConfigSource implements ConfigSource {

    static final String HOSTS = "quarkus.redis.hosts";

    private final EmbeddedRedisSettings settings;

    EmbeddedRedisConfigSource(EmbeddedRedisSettings settings) {
        this.settings = settings;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(HOSTS);
    }

    @Override
    public String getValue(String propertyName) {
        if (!HOSTS.equals(propertyName) || EmbeddedDatasourceConfigSource.isBuilding()) {
            return null;
        }
        return EmbeddedRedis.url(settings);
    }

    @Override
    public int getOrdinal() {
        return EmbeddedDatasourceConfigSource.ORDINAL;
    }

    @Override
    public String getName() {
        return "videogen embedded Redis";
    }
}
