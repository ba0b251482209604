package org.trustbricks.web.manager;

import io.javalin.config.RoutesConfig;
import org.trustbricks.web.Services;
import org.trustbricks.web.ui.Pages;

/**
 * The MUD manager and traffic profiler over HTTP: JSON API under {@code /api/mud-manager} and pages under
 * {@code /mud-manager} (nav section "mud").
 */
public final class ManagerRoutes {

    private ManagerRoutes() {
    }

    /** Adds the API and page routes. */
    public static void register(RoutesConfig routes, Services services, Pages pages) {
        Profiling profiling = new Profiling();
        routes.exception(RejectedInputException.class, (e, ctx) -> ManagerApi.answer(e, ctx));
        ManagerApi.register(routes, profiling);
        ManagerPages.register(routes, profiling, pages);
    }
}
