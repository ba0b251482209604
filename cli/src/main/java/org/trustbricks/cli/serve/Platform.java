package org.trustbricks.cli.serve;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustbricks.registry.cert.ExpiryJob;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.db.DatabaseSettings;
import org.trustbricks.registry.db.UnableToOpenDatabaseException;
import org.trustbricks.web.Services;
import org.trustbricks.web.WebServer;
import org.trustbricks.web.WebSettings;

/** Wires the platform together: data directory, database, services, web server. */
public final class Platform {

    /** The file in the data directory naming the URL of the platform running on it. */
    public static final String URL_FILE = "url";

    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);

    private Platform() {
    }

    /** Tells local tools (e.g. {@code trustbricks demo onboarding}) where this platform answers. */
    private static void writeUrl(Path dataDir, String url) {
        try {
            Files.writeString(dataDir.resolve(URL_FILE), url + "\n");
        } catch (IOException e) {
            LOG.warn("could not write {}: {}", dataDir.resolve(URL_FILE), e.getMessage());
        }
    }

    /**
     * Starts everything or fails with one clear message, leaving nothing running. The port opens as soon as the
     * database is migrated; features finish warming up in the background (a request that needs one waits for it).
     */
    public static RunningPlatform start(ServeSettings s) throws PlatformStartException {
        StartupTimeline timeline = new StartupTimeline();
        checkPortFree(s.host(), s.port());
        Path dataDir = prepareDataDir(s.dataDir());
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Thread warmUp = Thread.ofPlatform().name("web-warm-up").daemon().start(() -> {
            Database.warmUp();
            bindJvmMetrics(metrics);
            WebServer.warmUp();
        });
        Database database;
        try {
            database = Database.open(new DatabaseSettings(s.dbUrl(), s.dbUser(), s.dbPassword(), dataDir, 20), metrics);
        } catch (UnableToOpenDatabaseException e) {
            throw new PlatformStartException(e.getMessage(), e);
        }
        timeline.mark("database");
        List<String> notes = new ArrayList<>();
        try {
            boolean embedded = s.dbUrl() == null || s.dbUrl().isBlank();
            notes.addAll(RegistrySetup.prepare(database, dataDir, embedded, s.demoData()));
            Services services = new Services(database, metrics, Clock.systemUTC());
            timeline.mark("registry");
            joinQuietly(warmUp);
            timeline.mark("web stack loaded");
            boolean secure = s.publicUrl() != null && s.publicUrl().startsWith("https://");
            WebServer server = WebServer.start(new WebSettings(s.host(), s.port(), secure, s.publicUrl())
                    .withMudFetch(org.trustbricks.mudmanager.fetch.FetchOptions.defaults().allowingPrivate(s.mudAllowPrivate())), services);
            timeline.mark("listening");
            ExpiryJob expiry = RegistrySetup.startExpiry(database);
            String url = s.publicUrl() != null && !s.publicUrl().isBlank() ? s.publicUrl()
                    : "http://" + displayHost(s.host()) + ":" + server.port() + "/";
            writeUrl(dataDir, url);
            LOG.info("start-up: {}", timeline.describe());
            return new RunningPlatform(server, expiry, database, url, notes, dataDir.resolve(URL_FILE));
        } catch (RuntimeException e) {
            database.close();
            throw new PlatformStartException(e.getMessage(), e);
        }
    }

    /** Fails fast, before the database starts, when the port is taken or the address is not local. */
    private static void checkPortFree(String host, int port) throws PlatformStartException {
        try (var socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(java.net.InetAddress.getByName(host), port));
        } catch (java.net.BindException e) {
            throw new PlatformStartException("port " + port + " on " + host
                    + " is already in use; choose another with --port (or TRUSTBRICKS_PORT)", e);
        } catch (java.net.UnknownHostException e) {
            throw new PlatformStartException("cannot listen on " + host + ": unknown host; use an address such as 127.0.0.1 or 0.0.0.0", e);
        } catch (IOException e) {
            throw new PlatformStartException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private static Path prepareDataDir(Path dir) throws PlatformStartException {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs);
        } catch (IOException | SecurityException e) {
            throw new PlatformStartException("cannot create the data directory " + abs + " (" + e.getClass().getSimpleName()
                    + "); choose another with --data-dir or TRUSTBRICKS_DATA_DIR", e);
        }
        if (!Files.isDirectory(abs) || !Files.isWritable(abs)) {
            throw new PlatformStartException("the data directory " + abs
                    + " is not writable; choose another with --data-dir or TRUSTBRICKS_DATA_DIR", null);
        }
        return abs;
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void bindJvmMetrics(PrometheusMeterRegistry registry) {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    private static String displayHost(String host) {
        return host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
    }
}
