package io.videogen.bootstrap.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The embedded default: when no datasource URL is configured (quarkus.datasource.reactive.url,
 * or QUARKUS_DATASOURCE_REACTIVE_URL), the datasource is an embedded PostgreSQL in
 * {@code ${videogen.data-dir}/postgres}. A config source rather than a main method, because it must
 * work the same for {@code java -jar} and for @QuarkusTest, before Quarkus reads the datasource.
 * Registered in META-INF/services/io.smallrye.config.ConfigSourceFactory.
 */
public final class EmbeddedDatasourceConfigSourceFactory implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean external = EmbeddedPostgresSettings.isSet(context, "quarkus.datasource.reactive.url");
        boolean disabled = "false".equalsIgnoreCase(String.valueOf(
                context.getValue("videogen.embedded.postgres.enabled").getValue()));
        if (external || disabled) {
            return List.of();
        }
        EmbeddedPostgresSettings settings = EmbeddedPostgresSettings.from(context);
        if (!EmbeddedDatasourceConfigSource.isBuilding()) {
            EmbeddedDatabase.begin(settings);  // side by side with Redis and the rest of the start
        }
        return List.of(new EmbeddedDatasourceConfigSource(settings));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(EmbeddedDatasourceConfigSource.ORDINAL);
    }
}
