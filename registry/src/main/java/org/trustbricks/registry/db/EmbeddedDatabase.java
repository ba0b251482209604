package org.trustbricks.registry.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/** A real PostgreSQL 17 server run from the application's own jars, its data kept under a directory. */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "trustbricks";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /** Starts PostgreSQL with its data in {@code dir}, creating the cluster on first use. */
    static EmbeddedDatabase start(Path dir) {
        Path pgData = dir.resolve("postgres");
        try {
            Files.createDirectories(pgData);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("shared_buffers", "32MB")
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("fsync", "on")
                    .start();
            createDatabaseIfMissing(pg);
            return new EmbeddedDatabase(pg, pgData);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new UnableToOpenDatabaseException(
                    "could not start the embedded PostgreSQL in " + pgData + ": " + e.getMessage(), e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres pg) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection();
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        }
    }

    /** JDBC URL of the application database. */
    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    /** Where PostgreSQL keeps its files. */
    Path dataDir() {
        return dataDir;
    }

    /** Stops PostgreSQL cleanly (a fast shutdown: sessions end, data is flushed). */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UnableToOpenDatabaseException("could not stop the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
