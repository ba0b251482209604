package org.trustbricks.registry.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.db.DatabaseSettings;

/**
 * A real PostgreSQL 17 for tests: one embedded server per test JVM, a fresh, migrated database per call.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    /** A new empty database on the shared server, migrated, ready to use; close it after the test. */
    public static Database fresh() {
        return fresh(null);
    }

    /** Like {@link #fresh()}, with the connection pool reporting to a metrics registry. */
    public static Database fresh(io.micrometer.core.instrument.MeterRegistry metrics) {
        return Database.open(new DatabaseSettings(freshUrl(), null, null, tempDir(), 20), metrics);
    }

    /** The JDBC URL of a new empty database (not migrated). */
    public static synchronized String freshUrl() {
        EmbeddedPostgres pg = server();
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
            }
        }
        return server;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("trustbricks-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
