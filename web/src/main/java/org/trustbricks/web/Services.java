package org.trustbricks.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import org.trustbricks.registry.auth.Accounts;
import org.trustbricks.registry.auth.LoginThrottle;
import org.trustbricks.registry.auth.Sessions;
import org.trustbricks.registry.db.Database;

/**
 * What the HTTP layer needs from the rest of the platform, built once at start-up.
 *
 * @param database the migrated database
 * @param metrics  the Prometheus registry behind {@code /metrics}
 * @param clock    the time source (tests may fix it)
 */
public record Services(Database database, PrometheusMeterRegistry metrics, Clock clock) {

    /** Organisations and users. */
    public Accounts accounts() {
        return Accounts.using(database.jdbi());
    }

    /** Server-side sessions. */
    public Sessions sessions() {
        return Sessions.using(database.jdbi(), clock);
    }

    /** Failed sign-in limits. */
    public LoginThrottle loginThrottle() {
        return LoginThrottle.using(database.jdbi(), clock);
    }
}
