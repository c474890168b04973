package io.videogen.bootstrap.schema;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date before anything else starts (ADR 0022). When the database's schema
 * history holds exactly this build's migrations with the same checksums — every start but the first
 * after an upgrade — there is nothing for Flyway to do, and starting it (its plugins, its scan, its
 * validation: 7 % of the main thread's samples of a warm start) is skipped. Anything else — a fresh
 * database, a new migration, a failed one, a changed checksum, migrations that cannot be listed —
 * runs Flyway's migrate with its validation, as Quarkus's {@code migrate-at-start} did.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);
    static final String HISTORY = "select version, checksum, success from flyway_schema_history where version is not null";

    /** Before Quarkus's scheduler starts its jobs (which observes at {@code PLATFORM_BEFORE}) and every other observer. */
    static final int BEFORE_THE_SCHEDULER = Interceptor.Priority.PLATFORM_BEFORE - 1;

    void migrate(@Observes @Priority(BEFORE_THE_SCHEDULER) StartupEvent started,
                 SchemaConfig config, AgroalDataSource database, Instance<Flyway> flyway) {
        if (!config.migrateAtStart()) {
            return;
        }
        Optional<Map<String, Integer>> local = SchemaMigrations.ofThisBuild(SchemaMigration.class.getClassLoader());
        if (local.isPresent() && !local.get().isEmpty() && local.get().equals(applied(database))) {
            LOG.debugf("schema up to date: %d migrations, as recorded; Flyway not started", local.get().size());
            return;
        }
        flyway.get().migrate();
    }

    /** Version to checksum of the migrations recorded; empty when there is no history or a failed entry. */
    static Map<String, Integer> applied(AgroalDataSource database) {
        Map<String, Integer> applied = new TreeMap<>();
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(HISTORY)) {
            while (rows.next()) {
                if (!rows.getBoolean(3)) {
                    return Map.of();
                }
                applied.put(rows.getString(1), rows.getInt(2));
            }
        } catch (SQLException e) {
            return Map.of(); // no history yet (or none readable): Flyway decides
        }
        return applied;
    }
}
