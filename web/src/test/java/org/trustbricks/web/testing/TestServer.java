package org.trustbricks.web.testing;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.TestDatabase;
import org.trustbricks.web.Services;
import org.trustbricks.web.WebServer;
import org.trustbricks.web.WebSettings;

/** A real TrustBricks web server on a free port over a fresh real PostgreSQL database. */
public final class TestServer implements AutoCloseable {

    /** One key-encryption key for every test server in the JVM, so servers sharing a database can open each other's keys. */
    public static final org.trustbricks.registry.keys.KeyEncryptionKey KEK = org.trustbricks.registry.keys.KeyEncryptionKey.random();

    private final WebServer server;
    private final Database database;
    private final boolean ownsDatabase;
    private final Services services;

    private TestServer(WebServer server, Database database, boolean ownsDatabase, Services services) {
        this.server = server;
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        this.services = services;
    }

    /** A server over its own fresh database. */
    public static TestServer start() {
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        return start(TestDatabase.fresh(metrics), true, metrics);
    }

    /** A server over its own fresh database with other settings (port and host are those of {@link WebSettings#local}). */
    public static TestServer start(java.util.function.UnaryOperator<WebSettings> settings) {
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Database database = TestDatabase.fresh(metrics);
        bindKeyEncryptionKey(database);
        Services services = new Services(database, metrics, Clock.systemUTC());
        return new TestServer(WebServer.start(settings.apply(WebSettings.local(0)), services), database, true, services);
    }

    /** A server over the given database (which the caller closes). */
    public static TestServer startOn(Database database) {
        return start(database, false, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    private static TestServer start(Database database, boolean owns, PrometheusMeterRegistry metrics) {
        bindKeyEncryptionKey(database);
        Services services = new Services(database, metrics, Clock.systemUTC());
        return new TestServer(WebServer.start(WebSettings.local(0), services), database, owns, services);
    }

    /** Gives the database this JVM's test key-encryption key unless one is bound already (instances on one database share it). */
    private static void bindKeyEncryptionKey(Database database) {
        try {
            org.trustbricks.registry.keys.KeyEncryptionKeys.of(database.jdbi());
        } catch (org.trustbricks.registry.keys.UnableToLoadKeyEncryptionKeyException unbound) {
            org.trustbricks.registry.keys.KeyEncryptionKeys.bind(database.jdbi(), KEK);
        }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The services behind the server (to arrange test data). */
    public Services services() {
        return services;
    }

    /** The server. */
    public WebServer server() {
        return server;
    }

    /** A GET request builder for a path. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(20));
    }

    /** Sends a GET and returns the body as text. */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = request(path).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    /** Sends any request with a fresh client that does not follow redirects. */
    public static HttpResponse<String> send(HttpRequest request) {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        if (ownsDatabase) {
            database.close();
        }
    }
}
