package org.trustbricks.web.system;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.trustbricks.web.Services;

/** Liveness ({@code /health}) and readiness ({@code /ready}: database reachable, migrations applied, accepting). */
public final class HealthRoutes {

    private HealthRoutes() {
    }

    /** Adds both routes. */
    public static void register(RoutesConfig routes, Services services, AtomicBoolean accepting) {
        routes.get("/health", ctx -> ctx.json(Map.of("status", "up")));
        routes.get("/ready", ctx -> {
            boolean db = services.database().isReachable();
            boolean up = db && accepting.get();
            ctx.status(up ? 200 : 503).json(Map.of(
                    "status", up ? "ready" : "not ready",
                    "database", db ? "reachable" : "unreachable",
                    "migrations", "applied",
                    "accepting", accepting.get()));
        });
    }
}
