package org.trustbricks.cli.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.mudmanager.net.Prefix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trustbricks serve}: starts the platform (embedded PostgreSQL unless a database URL is given). */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Starts the TrustBricks server and prints the URL to open.",
            "Without --db-url it runs an embedded PostgreSQL whose data stays in --data-dir.",
            "Every option can also be set by the environment variable named in its description."
        })
public final class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "${env:TRUSTBRICKS_HOST:-127.0.0.1}",
            description = "Address to listen on; 0.0.0.0 for all interfaces (env TRUSTBRICKS_HOST, default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:TRUSTBRICKS_PORT:-8080}",
            description = "TCP port; 0 picks a free one (env TRUSTBRICKS_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:TRUSTBRICKS_DATA_DIR:-${sys:user.home}/.local/share/trustbricks}",
            description = "Directory for the embedded database and local keys; kept across restarts (env TRUSTBRICKS_DATA_DIR, default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:TRUSTBRICKS_DB_URL}",
            description = "External PostgreSQL, e.g. jdbc:postgresql://db.example:5432/trustbricks (env TRUSTBRICKS_DB_URL). Omit to use the embedded database.")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:TRUSTBRICKS_DB_USER}",
            description = "User for the external PostgreSQL (env TRUSTBRICKS_DB_USER).")
    String dbUser;

    @Option(names = "--db-password-env", paramLabel = "VARIABLE", defaultValue = "TRUSTBRICKS_DB_PASSWORD",
            description = "Name of the environment variable holding the external PostgreSQL password (default ${DEFAULT-VALUE}); passwords are never taken on the command line.")
    String dbPasswordEnv;

    @Option(names = "--no-demo-data", negatable = false, defaultValue = "${env:TRUSTBRICKS_NO_DEMO_DATA:-false}",
            description = "Do not seed the demo scheme on a fresh database (env TRUSTBRICKS_NO_DEMO_DATA=true).")
    boolean noDemoData;

    @Option(names = "--public-url", paramLabel = "URL", defaultValue = "${env:TRUSTBRICKS_PUBLIC_URL}",
            description = "URL people use to reach the platform, e.g. behind a proxy (env TRUSTBRICKS_PUBLIC_URL). Cookies are marked Secure when it is https.")
    String publicUrl;

    @Option(names = "--mud-allow-private", paramLabel = "PREFIX", split = ",",
            defaultValue = "${env:TRUSTBRICKS_MUD_ALLOW_PRIVATE}",
            description = "Private, loopback or link-local address prefixes (for example 10.20.0.0/16) that MUD files and "
                    + "their signatures may be fetched from, for a manufacturer server inside the site; repeat or "
                    + "separate with commas. None by default. Env: TRUSTBRICKS_MUD_ALLOW_PRIVATE.")
    List<String> mudAllowPrivate = new ArrayList<>();

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "${env:TRUSTBRICKS_LOG_FORMAT:-text}",
            description = "Log format: text or json (env TRUSTBRICKS_LOG_FORMAT, default ${DEFAULT-VALUE}).")
    LogFormat logFormat;

    @Spec
    CommandSpec spec;

    @ParentCommand
    org.trustbricks.cli.TrustBricks root;

    /** True once {@code serve} is running in this process (the JVM then stays up after the command returns). */
    public static boolean isServing() {
        return serving;
    }

    @Override
    public Integer call() {
        Logging.configure(logFormat, root != null && root.isVerbose());
        Output out = Output.of(spec);
        List<Prefix> privateTargets = new ArrayList<>();
        for (String p : mudAllowPrivate == null ? List.<String>of() : mudAllowPrivate) {
            if (p.isBlank()) {
                continue;
            }
            try {
                privateTargets.add(Prefix.parse(p.strip()));
            } catch (IllegalArgumentException e) {
                out.error("trustbricks: --mud-allow-private: not an IP prefix: " + p);
                return ExitCodes.USAGE;
            }
        }
        ServeSettings settings = new ServeSettings(host, port, dataDir, dbUrl, dbUser,
                dbPasswordEnv == null ? null : System.getenv(dbPasswordEnv), !noDemoData, publicUrl, privateTargets);
        RunningPlatform platform;
        try {
            platform = Platform.start(settings);
        } catch (PlatformStartException e) {
            out.error("trustbricks: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "trustbricks-shutdown"));
        serving = true;
        out.line("TrustBricks is ready at " + platform.url());
        out.line("  database: " + platform.databaseDescription());
        platform.startupNotes().forEach(n -> out.line("  " + n));
        out.line("Press Ctrl+C to stop.");
        return ExitCodes.OK;
    }

    /** How logs are written. */
    public enum LogFormat { text, json }
}
