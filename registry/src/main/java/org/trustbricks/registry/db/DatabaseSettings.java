package org.trustbricks.registry.db;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the platform keeps its data.
 *
 * @param jdbcUrl  an external PostgreSQL JDBC URL, or null to run the embedded PostgreSQL
 * @param user     user for the external server (may also be in the URL); ignored when embedded
 * @param password password for the external server (may also be in the URL); ignored when embedded
 * @param dataDir  directory for the embedded database and other local state; survives restarts
 * @param poolSize maximum connections in the pool
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, Path dataDir, int poolSize) {

    public DatabaseSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        if (poolSize <= 0) {
            throw new IllegalArgumentException("poolSize must be positive");
        }
    }

    /** Settings for the embedded database under {@code dataDir}. */
    public static DatabaseSettings embedded(Path dataDir) {
        return new DatabaseSettings(null, null, null, dataDir, 10);
    }

    /** True when no external URL is given. */
    public boolean isEmbedded() {
        return jdbcUrl == null || jdbcUrl.isBlank();
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + (isEmbedded() ? "embedded in " + dataDir : JdbcUrls.redact(jdbcUrl)) + "]";
    }
}
