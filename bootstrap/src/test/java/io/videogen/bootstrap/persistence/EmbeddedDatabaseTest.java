package io.videogen.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The application starts on the embedded PostgreSQL when no datasource is configured, and migrates it. */
@QuarkusTest
class EmbeddedDatabaseTest {

    @Inject
    Pool pool;

    @Test
    void theAppRunsOnAThrowAwayEmbeddedDatabaseOnAFreePort() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.reactive.url", String.class);

        assertThat(url).startsWith("postgresql://localhost:").endsWith("/videogen")
                .as("tests never use the fixed port of a developer's own instance").doesNotContain(":54329/");
        assertThat(url).contains(":" + single("select inet_server_port()") + "/");
        assertThat(single("select current_user")).isEqualTo("videogen");
    }

    @Test
    void flywayMigratedTheSchemaAtStart() {
        assertThat(column("select version from flyway_schema_history where success order by installed_rank"))
                .startsWith("1");
        assertThat(column("select table_name from information_schema.tables where table_schema = 'public'"))
                .contains("users", "videos", "templates", "avatars", "assets", "render_jobs");
    }

    private String single(String sql) {
        return column(sql).get(0);
    }

    private List<String> column(String sql) {
        List<String> values = new ArrayList<>();
        for (Row row : pool.query(sql).execute().await().atMost(Duration.ofSeconds(10))) {
            values.add(String.valueOf(row.getValue(0)));
        }
        return values;
    }
}
