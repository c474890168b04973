package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.FeatureFlagStore;
import io.videogen.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Feature flags in {@code feature_flags}. */
@ApplicationScoped
class PostgresFeatureFlagStore implements FeatureFlagStore {

    private final Database database;

    PostgresFeatureFlagStore(Database database) {
        this.database = database;
    }

    @Override
    public Uni<Map<String, Boolean>> all() {
        return database.read(session -> session.<Object[]>createNativeQuery("select name, enabled from feature_flags")
                .getResultList()
                .map(rows -> {
                    Map<String, Boolean> flags = new HashMap<>();
                    rows.forEach(row -> flags.put((String) row[0], (Boolean) row[1]));
                    return flags;
                }));
    }

    @Override
    public Uni<Void> set(String name, boolean enabled, UserId by, Instant at) {
        return database.write(session -> session.createNativeQuery("""
                        insert into feature_flags (name, enabled, updated_at, updated_by) values (:name, :on, :at, :by)
                        on conflict (name) do update set enabled = excluded.enabled, updated_at = excluded.updated_at,
                            updated_by = excluded.updated_by""")
                .setParameter("name", name)
                .setParameter("on", enabled)
                .setParameter("at", at.atOffset(ZoneOffset.UTC))
                .setParameter("by", by.value())
                .executeUpdate()).replaceWithVoid();
    }
}
