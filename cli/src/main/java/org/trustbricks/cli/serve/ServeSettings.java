package org.trustbricks.cli.serve;

import java.nio.file.Path;

/**
 * Everything {@code serve} was told.
 *
 * @param host       interface to bind
 * @param port       TCP port (0 = any free one)
 * @param dataDir    directory for local state
 * @param dbUrl      external PostgreSQL JDBC URL, or null for embedded
 * @param dbUser     user for the external server
 * @param dbPassword password for the external server (never logged)
 * @param demoData   seed the demo scheme into a fresh database
 * @param publicUrl  URL people use, or null
 */
public record ServeSettings(String host, int port, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                            boolean demoData, String publicUrl) {

    @Override
    public String toString() {
        return "ServeSettings[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", external db="
                + (dbUrl != null && !dbUrl.isBlank()) + ", demoData=" + demoData + "]";
    }
}
