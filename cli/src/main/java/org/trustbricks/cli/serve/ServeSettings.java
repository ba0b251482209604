package org.trustbricks.cli.serve;

import java.nio.file.Path;
import java.util.List;
import org.trustbricks.mudmanager.net.Prefix;

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
 * @param mudAllowPrivate private address prefixes MUD files may be fetched from (none by default)
 */
public record ServeSettings(String host, int port, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                            boolean demoData, String publicUrl, List<Prefix> mudAllowPrivate) {

    /** Settings with no private MUD fetch targets. */
    public ServeSettings(String host, int port, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                         boolean demoData, String publicUrl) {
        this(host, port, dataDir, dbUrl, dbUser, dbPassword, demoData, publicUrl, List.of());
    }

    public ServeSettings {
        mudAllowPrivate = List.copyOf(mudAllowPrivate);
    }

    @Override
    public String toString() {
        return "ServeSettings[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", external db="
                + (dbUrl != null && !dbUrl.isBlank()) + ", demoData=" + demoData + "]";
    }
}
