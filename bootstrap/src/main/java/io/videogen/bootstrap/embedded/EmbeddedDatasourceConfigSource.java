package io.videogen.bootstrap.embedded;

import io.quarkus.runtime.ExecutionMode;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the datasource settings of the embedded PostgreSQL. Its factory has begun the database's
 * start at run time; reading a value waits for it (and starts it, had nothing begun it).
 */
final class EmbeddedDatasourceConfigSource implements ConfigSource {

    /** Above application.properties (250) and below environment (300) and system properties (400). */
    static final int ORDINAL = 275;

    private static final Set<String> NAMES = Set.of("quarkus.datasource.reactive.url", "quarkus.datasource.jdbc.url",
            "quarkus.datasource.username", "quarkus.datasource.password");

    private final EmbeddedPostgresSettings settings;

    EmbeddedDatasourceConfigSource(EmbeddedPostgresSettings settings) {
        this.settings = settings;
    }

    @Override
    public Set<String> getPropertyNames() {
        return NAMES;
    }

    @Override
    public String getValue(String propertyName) {
        if (!NAMES.contains(propertyName) || isBuilding()) {
            return null;
        }
        return EmbeddedDatabase.datasource(settings).get(propertyName);
    }

    /**
     * The Quarkus build (augmentation, in Maven or before a test run) reads configuration too; the
     * datasource is runtime configuration, so the database must not start then.
     */
    static boolean isBuilding() {
        return ExecutionMode.current() == ExecutionMode.UNSET;
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "videogen embedded PostgreSQL";
    }
}
