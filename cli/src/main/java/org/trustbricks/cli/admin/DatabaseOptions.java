package org.trustbricks.cli.admin;

import java.nio.file.Path;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.db.DatabaseSettings;
import picocli.CommandLine.Option;

/** Where the registry database is: the same options and environment variables as {@code serve}. */
public final class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:TRUSTBRICKS_DATA_DIR:-${sys:user.home}/.local/share/trustbricks}",
            description = "Data directory of the embedded database (env TRUSTBRICKS_DATA_DIR, default ${DEFAULT-VALUE}); stop `serve` first when it uses the same directory.")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:TRUSTBRICKS_DB_URL}",
            description = "External PostgreSQL JDBC URL (env TRUSTBRICKS_DB_URL). Omit to use the embedded database.")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:TRUSTBRICKS_DB_USER}",
            description = "User for the external PostgreSQL (env TRUSTBRICKS_DB_USER).")
    String dbUser;

    @Option(names = "--db-password-env", paramLabel = "VARIABLE", defaultValue = "TRUSTBRICKS_DB_PASSWORD",
            description = "Environment variable holding the external PostgreSQL password (default ${DEFAULT-VALUE}).")
    String dbPasswordEnv;

    /** Opens (and migrates) the database. */
    public Database open() {
        return Database.open(new DatabaseSettings(dbUrl, dbUser, dbPasswordEnv == null ? null : System.getenv(dbPasswordEnv),
                dataDir.toAbsolutePath(), 2), null);
    }
}
