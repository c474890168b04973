package io.videogen.bootstrap.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * After a start, the schema history Flyway wrote holds exactly the migrations of this build with the
 * checksums computed here: so the next start recognises the schema as up to date and skips Flyway,
 * and any difference (a new or edited migration) does not match and runs it.
 */
@QuarkusTest
class SchemaMigrationTest {

    @Inject
    AgroalDataSource database;

    @Test
    void theHistoryFlywayWroteMatchesThisBuildsMigrationsAndChecksums() {
        Map<String, Integer> local = SchemaMigrations.ofThisBuild(getClass().getClassLoader()).orElseThrow();

        assertThat(local).containsKey("1").hasSizeGreaterThan(10);
        assertThat(SchemaMigration.applied(database)).isEqualTo(local);
    }

    @Test
    void anEditedMigrationHasAnotherChecksumAndAByteOrderMarkOrLineEndingsDoNot() throws Exception {
        int original = checksum("create table a (id int);\nselect 1;\n");

        assertThat(checksum("create table a (id int);\nselect 2;\n")).isNotEqualTo(original);
        assertThat(checksum("\uFEFFcreate table a (id int);\r\nselect 1;")).isEqualTo(original);
    }

    private static int checksum(String sql) throws Exception {
        return SchemaMigrations.checksum(new ByteArrayInputStream(sql.getBytes(StandardCharsets.UTF_8)));
    }
}
