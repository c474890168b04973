package io.videogen.bootstrap.embedded;

import io.quarkus.runtime.ExecutionMode;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code quarkus.redis.hosts} for the embedded Redis. Listing the name costs nothing;
 * Redis starts only when Quarkus first reads the value at run time.
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
        if (!HOSTS.equals(propertyName) || ExecutionMode.current() == ExecutionMode.UNSET) {
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
