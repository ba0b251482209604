package org.trustbricks.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import org.trustbricks.registry.db.Database;

/**
 * What the HTTP layer needs from the rest of the platform, built once at start-up.
 *
 * @param database the migrated database
 * @param metrics  the Prometheus registry behind {@code /metrics}
 * @param clock    the time source (tests may fix it)
 */
public record Services(Database database, PrometheusMeterRegistry metrics, Clock clock) {
}
