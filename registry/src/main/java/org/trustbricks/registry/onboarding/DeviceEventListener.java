package org.trustbricks.registry.onboarding;

import java.sql.Connection;
import java.sql.Statement;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on {@link Devices#CHANNEL} and hands each payload (a device event id, or {@code bulk:<count>:<trigger>}
 * for a re-evaluation of many devices) to a callback, whichever instance wrote it.
 * Reconnects after a lost connection.
 */
public final class DeviceEventListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceEventListener.class);

    private final Thread thread;
    private volatile boolean running = true;

    private DeviceEventListener(DataSource dataSource, Consumer<String> onEvent) {
        this.thread = Thread.ofPlatform().name("device-event-listener").daemon().unstarted(() -> loop(dataSource, onEvent));
    }

    /** Starts listening. */
    public static DeviceEventListener start(DataSource dataSource, Consumer<String> onEvent) {
        DeviceEventListener l = new DeviceEventListener(dataSource, onEvent);
        l.thread.start();
        return l;
    }

    private void loop(DataSource dataSource, Consumer<String> onEvent) {
        while (running) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("LISTEN " + Devices.CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications(1000);
                    if (notes == null) {
                        continue;
                    }
                    for (PGNotification n : notes) {
                        deliver(onEvent, n.getParameter());
                    }
                }
            } catch (Exception e) {
                if (running) {
                    LOG.warn("device event listener lost its connection ({}); reconnecting", e.getMessage());
                    sleepQuietly();
                }
            }
        }
    }

    private static void deliver(Consumer<String> onEvent, String payload) {
        try {
            onEvent.accept(payload);
        } catch (RuntimeException e) {
            LOG.warn("device event {} could not be handled: {}", payload, e.getMessage());
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
