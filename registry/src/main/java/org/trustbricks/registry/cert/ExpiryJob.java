package org.trustbricks.registry.cert;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustbricks.registry.audit.AuditLog;

/**
 * Expires active certificates past their validity end. Safe with several instances: each run claims rows with
 * {@code FOR UPDATE SKIP LOCKED}, so a certificate is expired (and audited) exactly once; nothing is kept in memory.
 */
public final class ExpiryJob implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryJob.class);
    private static final int BATCH = 500;

    private final Jdbi jdbi;
    private final ScheduledExecutorService timer;

    private ExpiryJob(Jdbi jdbi, ScheduledExecutorService timer) {
        this.jdbi = jdbi;
        this.timer = timer;
    }

    /** A job that runs only when {@link #runOnce()} is called. */
    public static ExpiryJob manual(Jdbi jdbi) {
        return new ExpiryJob(jdbi, null);
    }

    /** Starts running every {@code period} (first run right away) on a daemon thread. */
    public static ExpiryJob schedule(Jdbi jdbi, Duration period) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "certificate-expiry");
            t.setDaemon(true);
            return t;
        });
        ExpiryJob job = new ExpiryJob(jdbi, timer);
        timer.scheduleWithFixedDelay(() -> {
            try {
                int n = job.runOnce();
                if (n > 0) {
                    LOG.info("expired {} certificate(s) past their validity end", n);
                }
            } catch (RuntimeException e) {
                LOG.warn("certificate expiry run failed; retrying next period: {}", e.getMessage());
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return job;
    }

    /** Expires every certificate past its validity end; returns how many this instance expired. */
    public int runOnce() {
        int total = 0;
        while (true) {
            int n = jdbi.inTransaction(h -> {
                List<String> ids = h.createQuery("""
                        select id from certificate where status = 'ACTIVE' and valid_until < current_date
                        order by id limit :n for update skip locked""").bind("n", BATCH).mapTo(String.class).list();
                for (String id : ids) {
                    h.createUpdate("update certificate set status = 'EXPIRED', status_changed_at = now() where id = :id").bind("id", id).execute();
                    AuditLog.append(h, "system", "certificate.expire", "certificate/" + id, "validity end passed");
                }
                return ids.size();
            });
            total += n;
            if (n < BATCH) {
                return total;
            }
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
