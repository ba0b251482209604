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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EmbeddedDatabase.class);

    static final String DATABASE = "trustbricks";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final java.nio.channels.FileChannel lock;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, java.nio.channels.FileChannel lock) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.lock = lock;
    }

    /** Starts PostgreSQL with its data in {@code dir}, creating the cluster on first use. */
    static EmbeddedDatabase start(Path dir) {
        Path pgData = dir.resolve("postgres");
        java.nio.channels.FileChannel lock = null;
        try {
            Files.createDirectories(pgData);
            lock = lockDataDir(dir);
            stopOrphanedServer(pgData);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("shared_buffers", "32MB")
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("fsync", "on")
                    // nothing here uses them: no huge-page attempt, no JIT compiler to load, no logical replication launcher
                    .setServerConfig("huge_pages", "off")
                    .setServerConfig("jit", "off")
                    .setServerConfig("max_logical_replication_workers", "0")
                    .start();
            createDatabaseIfMissing(pg);
            return new EmbeddedDatabase(pg, pgData, lock);
        } catch (UnableToOpenDatabaseException e) {
            closeQuietly(lock);
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(lock);
            throw new UnableToOpenDatabaseException(
                    "could not start the embedded PostgreSQL in " + pgData + ": " + e.getMessage(), e);
        }
    }

    /** Holds an exclusive lock on the data directory for the life of the process (released by the OS if it dies). */
    private static java.nio.channels.FileChannel lockDataDir(Path dir) throws IOException {
        var channel = java.nio.channels.FileChannel.open(dir.resolve("trustbricks.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock held;
        try {
            held = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            held = null;
        }
        if (held == null) {
            channel.close();
            throw new UnableToOpenDatabaseException("the data directory " + dir
                    + " is in use by another running TrustBricks; stop it or choose another --data-dir", null);
        }
        return channel;
    }

    private static void closeQuietly(java.nio.channels.FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // the lock goes with the process anyway
            }
        }
    }

    /**
     * With the directory lock held, a PostgreSQL still running on this directory was left by a platform process
     * that died; it is stopped so that this start can use the data.
     */
    private static void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        } catch (RuntimeException e) {
            return;
        }
        var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        LOG.warn("stopping the PostgreSQL (pid {}) left running in {} by an earlier run that did not stop cleanly", pid, pgData);
        process.get().destroy();
        try {
            process.get().onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new UnableToOpenDatabaseException("the PostgreSQL left running in " + pgData + " (pid " + pid
                    + ") did not stop; stop it by hand", e);
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
        } finally {
            closeQuietly(lock);
        }
    }
}
