package org.trustbricks.registry.attestation;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows attestation changes made by any instance: LISTENs on a dedicated connection and calls back on each
 * notification, and also at every poll interval (so a lost connection or notification delays a refresh by at most one
 * interval); purges expired nonces about once a minute.
 */
final class ChangeListener implements AutoCloseable {

    static final String CHANNEL = "trustbricks_attestation";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeListener.class);

    private final Jdbi jdbi;
    private final Duration poll;
    private final Runnable onChange;
    private final Runnable housekeeping;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Handle handle;

    private ChangeListener(Jdbi jdbi, Duration poll, Runnable onChange, Runnable housekeeping) {
        this.jdbi = jdbi;
        this.poll = poll;
        this.onChange = onChange;
        this.housekeeping = housekeeping;
        this.thread = Thread.ofPlatform().daemon().name("attestation-changes").unstarted(this::run);
    }

    static ChangeListener start(Jdbi jdbi, Duration poll, Runnable onChange, Runnable housekeeping) {
        ChangeListener l = new ChangeListener(jdbi, poll, onChange, housekeeping);
        l.thread.start();
        return l;
    }

    private void run() {
        long lastHousekeeping = System.nanoTime();
        while (running) {
            try (Handle h = jdbi.open()) {
                handle = h;
                try (Statement st = h.getConnection().createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = h.getConnection().unwrap(PGConnection.class);
                onChange.run();
                while (running) {
                    pg.getNotifications((int) poll.toMillis());
                    onChange.run();
                    if (System.nanoTime() - lastHousekeeping > 60_000_000_000L) {
                        lastHousekeeping = System.nanoTime();
                        housekeeping.run();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("following attestation changes failed ({}); retrying", e.getMessage());
                    sleep(poll);
                }
            } finally {
                handle = null;
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
