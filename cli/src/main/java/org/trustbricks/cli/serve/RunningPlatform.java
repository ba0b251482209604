package org.trustbricks.cli.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustbricks.registry.cert.ExpiryJob;
import org.trustbricks.registry.db.Database;
import org.trustbricks.web.WebServer;

/**
 * A started platform: web server, certificate expiry job and database. Closing stops them in that order, in-flight
 * requests finishing first.
 */
public final class RunningPlatform implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningPlatform.class);

    private final WebServer server;
    private final ExpiryJob expiry;
    private final Database database;
    private final String url;
    private final List<String> startupNotes;
    private final Path urlFile;
    private boolean closed;

    RunningPlatform(WebServer server, ExpiryJob expiry, Database database, String url, List<String> startupNotes, Path urlFile) {
        this.server = server;
        this.expiry = expiry;
        this.database = database;
        this.url = url;
        this.startupNotes = List.copyOf(startupNotes);
        this.urlFile = urlFile;
    }

    /** The URL to open in a browser. */
    public String url() {
        return url;
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** Where the data is, without secrets. */
    public String databaseDescription() {
        return database.description();
    }

    /** Lines worth printing once at start-up (e.g. demo logins on a fresh database). */
    public List<String> startupNotes() {
        return startupNotes;
    }

    /** The database (for tests and tools that run inside the process). */
    public Database database() {
        return database;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("stopping: no new requests; waiting for in-flight requests");
        server.close();
        expiry.close();
        try {
            Files.deleteIfExists(urlFile);
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", urlFile, e.getMessage());
        }
        database.close();
        LOG.info("stopped");
    }
}
