package org.trustbricks.registry.mud;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells this instance when any instance changes a publication: a thread LISTENs on {@link MudFiles#CHANNEL} and hands
 * each {@code manufacturer/model} key to the callback. After (re)connecting it passes {@link #EVERYTHING}, because
 * notifications sent while it was not listening are lost.
 */
public final class PublicationFeed implements AutoCloseable {

    /** The key passed when every publication must be reloaded. */
    public static final String EVERYTHING = "*";
    private static final Logger LOG = LoggerFactory.getLogger(PublicationFeed.class);

    private final DataSource dataSource;
    private final Consumer<String> onChange;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean listening;

    private PublicationFeed(DataSource dataSource, Consumer<String> onChange) {
        this.dataSource = dataSource;
        this.onChange = onChange;
        this.thread = Thread.ofPlatform().daemon().name("mud-publication-feed").unstarted(this::run);
    }

    /** Starts listening; close it to stop. */
    public static PublicationFeed start(DataSource dataSource, Consumer<String> onChange) {
        PublicationFeed feed = new PublicationFeed(dataSource, onChange);
        feed.thread.start();
        return feed;
    }

    /** True once the LISTEN is in place (tests wait for it before changing publications from elsewhere). */
    public boolean listening() {
        return listening;
    }

    private void run() {
        while (running) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("listen " + MudFiles.CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                listening = true;
                onChange.accept(EVERYTHING);
                while (running) {
                    PGNotification[] batch = pg.getNotifications(500);
                    if (batch != null) {
                        for (PGNotification n : batch) {
                            onChange.accept(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    LOG.warn("MUD publication feed lost its database connection; retrying in 2 s: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
