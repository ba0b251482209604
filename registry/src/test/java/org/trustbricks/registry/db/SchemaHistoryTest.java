package org.trustbricks.registry.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.testing.TestDatabase;

/** The start-up short cut that skips Flyway never skips a pending migration nor a validation failure. */
class SchemaHistoryTest {

    @Test
    void the_history_flyway_wrote_matches_the_shipped_migrations_checksums_included() {
        try (Database db = TestDatabase.fresh()) {
            assertThat(SchemaHistory.matchesShippedMigrations(db.dataSource())).isTrue();
        }
    }

    @Test
    void a_database_without_a_schema_history_does_not_match() throws Exception {
        String url = TestDatabase.freshUrl();
        try (var ds = new com.zaxxer.hikari.HikariDataSource()) {
            ds.setJdbcUrl(url);
            assertThat(SchemaHistory.matchesShippedMigrations(ds)).isFalse();
        }
    }

    @Test
    void a_migration_missing_from_the_history_is_applied_when_the_database_opens() throws Exception {
        String url = TestDatabase.freshUrl();
        Flyway.configure().dataSource(url, "postgres", null).locations("classpath:db/migration").target("50").load().migrate();
        try (Database db = Database.open(new DatabaseSettings(url, null, null, Files.createTempDirectory("tb"), 2), null)) {
            int applied = db.jdbi().withHandle(h -> h.createQuery("select count(*) from flyway_schema_history where success")
                    .mapTo(Integer.class).one());
            assertThat(applied).isEqualTo(SchemaHistory.shippedMigrations().orElseThrow().size());
            assertThat(SchemaHistory.matchesShippedMigrations(db.dataSource())).isTrue();
        }
    }

    @Test
    void a_changed_migration_is_still_reported_by_flyway_validation_at_open() throws Exception {
        String url = TestDatabase.freshUrl();
        DatabaseSettings settings = new DatabaseSettings(url, null, null, Files.createTempDirectory("tb"), 2);
        try (Database db = Database.open(settings, null)) {
            db.jdbi().useHandle(h -> h.execute("update flyway_schema_history set checksum = checksum + 1 where version = '1'"));
            assertThat(SchemaHistory.matchesShippedMigrations(db.dataSource())).isFalse();
        }
        assertThatThrownBy(() -> Database.open(settings, null))
                .isInstanceOf(UnableToOpenDatabaseException.class)
                .hasMessageContaining("migration failed");
    }

    @Test
    void a_failed_migration_in_the_history_does_not_match() {
        try (Database db = TestDatabase.fresh()) {
            Jdbi jdbi = db.jdbi();
            jdbi.useHandle(h -> h.execute("update flyway_schema_history set success = false where version = '60'"));
            assertThat(SchemaHistory.matchesShippedMigrations(db.dataSource())).isFalse();
        }
    }

    @Test
    void the_checksum_ignores_line_ends_and_a_byte_order_mark_like_flyway() throws Exception {
        int plain = SchemaHistory.checksum(new ByteArrayInputStream("create table t (id int);\nselect 1;".getBytes(StandardCharsets.UTF_8)));
        int windows = SchemaHistory.checksum(new ByteArrayInputStream("\uFEFFcreate table t (id int);\r\nselect 1;\r\n"
                .getBytes(StandardCharsets.UTF_8)));
        int other = SchemaHistory.checksum(new ByteArrayInputStream("create table t (id bigint);\nselect 1;".getBytes(StandardCharsets.UTF_8)));
        assertThat(windows).isEqualTo(plain);
        assertThat(other).isNotEqualTo(plain);
    }
}
