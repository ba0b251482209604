package org.trustbricks.web.ui;

import io.javalin.config.RoutesConfig;
import java.util.Map;

/** The landing page. */
public final class HomeRoutes {

    private HomeRoutes() {
    }

    /** Adds {@code /}. */
    public static void register(RoutesConfig routes, Pages pages) {
        routes.get("/", ctx -> pages.render(ctx, "home.jte", Map.of("page", Page.of(ctx, "TrustBricks", ""))));
    }
}
